using System.Linq.Expressions;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Common.Specifications;
using FractalGoals.Domain.Goals;
using FractalGoals.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace FractalGoals.Infrastructure.Persistence;

/// <summary>
/// EF Core over the legacy schema (ADR 0008): table, column and index names are the reference database's.
/// Also the unit of work: one save per command, audit columns filled here, lost updates reported.
/// </summary>
public sealed class FractalGoalsDbContext(DbContextOptions<FractalGoalsDbContext> options, TimeProvider clock)
    : DbContext(options), IUnitOfWork
{
    public DbSet<Goal> Goals => Set<Goal>();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampAuditColumns();
        // Assigning insertion order reads the tables' highest rowid: hold the write lock from that read to the insert.
        await using var transaction = NeedsInsertionOrder() && Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        AssignInsertionOrder();
        try
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (transaction is not null) await transaction.CommitAsync(cancellationToken);
            return saved;
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConcurrencyConflictException("The record was changed by someone else; reload and try again", ex);
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampAuditColumns();
        using var transaction = NeedsInsertionOrder() && Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        AssignInsertionOrder();
        try
        {
            var saved = base.SaveChanges(acceptAllChangesOnSuccess);
            transaction?.Commit();
            return saved;
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConcurrencyConflictException("The record was changed by someone else; reload and try again", ex);
        }
    }

    Task<int> IUnitOfWork.SaveChangesAsync(CancellationToken cancellationToken) => SaveChangesAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FractalGoalsDbContext).Assembly);

        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            var clr = entityType.ClrType;
            // updated_at moves on every effective change, so it doubles as the optimistic concurrency token.
            if (typeof(IAuditable).IsAssignableFrom(clr))
                modelBuilder.Entity(clr).Property(nameof(IAuditable.UpdatedAt)).IsConcurrencyToken();
            if (typeof(ISoftDeletable).IsAssignableFrom(clr) && !RetiredStayVisible.Contains(clr.Name))
                modelBuilder.Entity(clr).HasQueryFilter(SoftDeleteFilter.Name, NotDeleted(clr));
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<LegacyDateTimeConverter>();
        foreach (var idType in typeof(Goal).Assembly.GetTypes().Where(TextIdConverter<GoalId>.Fits))
            configurationBuilder.Properties(idType).HaveConversion(typeof(TextIdConverter<>).MakeGenericType(idType));

        // Indexes are exactly the reference database's 28 (domain-rules §14), declared by hand: no automatic FK indexes.
        configurationBuilder.Conventions.Remove<ForeignKeyIndexConvention>();
    }

    // Retired metric and split definitions must stay resolvable for old values (domain-rules §6.2).
    private static readonly HashSet<string> RetiredStayVisible = ["MetricDefinition", "SplitDefinition"];

    private static LambdaExpression NotDeleted(Type clr)
    {
        var row = Expression.Parameter(clr, "row");
        var deletedAt = Expression.Property(row, nameof(ISoftDeletable.DeletedAt));
        return Expression.Lambda(Expression.Equal(deletedAt, Expression.Constant(null, typeof(DateTime?))), row);
    }

    private bool NeedsInsertionOrder() =>
        ChangeTracker.Entries<IInsertionOrdered>().Any(e => e.State == EntityState.Added);

    // EF inserts a batch in key order, so the store's sequence would follow random ids. New children get the next
    // rowids of their table explicitly, in the order they were made (ADR 0021).
    private void AssignInsertionOrder()
    {
        var added = ChangeTracker.Entries<IInsertionOrdered>().Where(e => e.State == EntityState.Added).ToList();
        foreach (var table in added.GroupBy(e => e.Metadata.GetTableName()!))
        {
            var next = HighestRowId(table.Key);
            foreach (var entry in table.OrderBy(e => e.Entity.CreationTicket))
                entry.Property(nameof(IInsertionOrdered.InsertionOrder)).CurrentValue = ++next;
        }
    }

    private long HighestRowId(string table)
    {
        var connection = Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) Database.OpenConnection();
        using var command = connection.CreateCommand();
        command.Transaction = Database.CurrentTransaction?.GetDbTransaction();
#pragma warning disable CA2100 // the table name comes from the model, never from input
        command.CommandText = $"SELECT COALESCE(MAX(rowid), 0) FROM \"{table}\"";
#pragma warning restore CA2100
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    // The one place on the save path that fills audit columns the domain did not (e.g. a child changed through
    // its aggregate). The domain sets them on effective changes; a row EF sees unchanged is never touched.
    private void StampAuditColumns()
    {
        var now = Timestamp.Naive(clock.GetLocalNow().DateTime);
        foreach (var entry in ChangeTracker.Entries<IAuditable>())
        {
            var created = entry.Property(nameof(IAuditable.CreatedAt));
            var updated = entry.Property(nameof(IAuditable.UpdatedAt));
            if (entry.State == EntityState.Added)
            {
                created.CurrentValue ??= now;
                updated.CurrentValue ??= now;
            }
            else if (entry.State == EntityState.Modified && !updated.IsModified
                     && entry.Properties.Any(p => p.IsModified && p.Metadata.Name != nameof(IAuditable.UpdatedAt)))
            {
                updated.CurrentValue = now;
            }
        }
    }
}
