using System.Globalization;
using System.Text.RegularExpressions;
using FractalGoals.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage;

namespace FractalGoals.Infrastructure.Persistence.Postgres;

/// <summary>
/// The same model on PostgreSQL (ADR 0026): same tables, columns, keys, constraints, index names, partial and
/// descending indexes and query filters, with PostgreSQL's types — <c>timestamp without time zone</c> for the naive
/// local times (ADR 0012), <c>text</c> in the <c>"C"</c> collation so equality and ORDER BY compare bytes like
/// SQLite's BINARY, and a real identity column <c>insertion_order</c> where SQLite reads its rowid (ADR 0021).
/// Its own type gives it its own model cache and its own migration set (Persistence/Postgres/Migrations).
/// </summary>
public sealed partial class PostgresFractalGoalsDbContext : FractalGoalsDbContext
{
    /// <summary>The pooled context of the host (ADR 0033); the clock is the application's, resolved on first use.</summary>
    public PostgresFractalGoalsDbContext(DbContextOptions<PostgresFractalGoalsDbContext> options)
        : base(options, clock: null)
    {
    }

    /// <summary>A context outside dependency injection.</summary>
    internal PostgresFractalGoalsDbContext(DbContextOptions<PostgresFractalGoalsDbContext> options, TimeProvider clock)
        : base(options, clock)
    {
    }

    public const string InsertionOrderColumn = "insertion_order";
    public const string TextCollation = "C";

    // Timestamps are native; Npgsql reads them back as DateTimeKind.Unspecified, as the text converter does.
    protected override void ConfigureTimestampStorage(ModelConfigurationBuilder configurationBuilder)
    {
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        foreach (var entityType in builder.Model.GetEntityTypes())
        {
            foreach (var property in entityType.GetProperties())
                MapColumnType(property);
            foreach (var index in entityType.GetIndexes())
                if (index.GetFilter() is { } filter) index.SetFilter(BooleanFilter().Replace(filter, m => $"{m.Groups[1].Value} = {(m.Groups[2].Value == "1" ? "true" : "false")}"));
            if (typeof(IInsertionOrdered).IsAssignableFrom(entityType.ClrType))
                MapInsertionOrder(builder.Entity(entityType.ClrType));
        }
    }

    /// <summary>
    /// READ COMMITTED: each statement reads the latest commit, and a concurrent insert of the same key waits for the
    /// other writer and then fails, which the command's retry turns into its own answer (ADR 0042).
    /// </summary>
    protected override Task<IDbContextTransaction> BeginWriteTransactionAsync(CancellationToken cancellationToken) =>
        Database.BeginTransactionAsync(System.Data.IsolationLevel.ReadCommitted, cancellationToken);

    /// <summary>PostgreSQL has no single write lock: writers of one fractal queue on its advisory lock instead.</summary>
    protected override Task<IDisposable?> WaitForWriteTurnAsync(CancellationToken cancellationToken) => Task.FromResult<IDisposable?>(null);

    /// <summary>
    /// A transaction-scoped advisory lock keyed on the fractal's id (ADR 0045): writers of one fractal queue, writers of
    /// different fractals do not. Released by the commit or rollback, so a failed attempt never leaves it held.
    /// </summary>
    protected override Task LockFractalAsync(string rootId, CancellationToken cancellationToken) =>
        Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({rootId}, 0))", cancellationToken);

    /// <summary>New children take numbers from the table's identity sequence, in creation order (never reused, safe across writers).</summary>
    protected override IReadOnlyList<long> NextInsertionOrders(string table, int count) =>
        [.. ColumnOnOwnConnection(
                $"SELECT nextval(pg_get_serial_sequence('\"{table}\"', '{InsertionOrderColumn}')) FROM generate_series(1, {count.ToString(CultureInfo.InvariantCulture)})")
            .Select(v => Convert.ToInt64(v, CultureInfo.InvariantCulture)).Order()];

    // The configurations declare the reference database's SQLite types; these are their PostgreSQL equivalents.
    private static void MapColumnType(IMutableProperty property)
    {
        var declared = property.GetColumnType()?.ToUpperInvariant();
        var type = declared switch
        {
            "TEXT" => "text",
            "VARCHAR" => "character varying",
            "TIMESTAMP" or "DATETIME" => "timestamp without time zone",
            "DATE" => "date",
            "BOOLEAN" => "boolean",
            "INTEGER" => "integer",
            "FLOAT" => "double precision",
            _ => declared is null ? null : throw new InvalidOperationException($"No PostgreSQL type for {property.DeclaringType.DisplayName()}.{property.Name} ({declared})"),
        };
        if (type is null) return;
        property.SetColumnType(type);
        if (type is "text" or "character varying") property.SetCollation(TextCollation);
    }

    private static void MapInsertionOrder(EntityTypeBuilder builder)
    {
        var property = builder.Property<long>(nameof(IInsertionOrdered.InsertionOrder))
            .HasColumnName(InsertionOrderColumn).HasColumnType("bigint").HasColumnOrder(100)
            .UseIdentityByDefaultColumn();
        property.Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
    }

    [GeneratedRegex(@"\b(\w+) = ([01])\b")]
    private static partial Regex BooleanFilter();
}
