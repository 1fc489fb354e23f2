using System.Linq.Expressions;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Versions;
using FractalGoals.Domain.Common;
using FractalGoals.Infrastructure.Accounts;
using FractalGoals.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using FractalGoals.Domain.Goals;
using FractalGoals.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace FractalGoals.Infrastructure.Persistence;

/// <summary>
/// EF Core over the legacy schema (ADR 0008): table, column and index names are the reference database's.
/// Also the unit of work: one save per command, audit columns filled here, lost updates reported.
/// This type is the SQLite store (its migrations name it); <see cref="Postgres.PostgresFractalGoalsDbContext"/>
/// derives from it with PostgreSQL's column types and its own migration set (ADR 0026). It is also Identity's user
/// store for <c>Accounts</c> mode (users, claims, logins, tokens; no roles) and holds <c>fractal_owners</c> (ADR 0051).
/// </summary>
public class FractalGoalsDbContext : IdentityUserContext<AccountUser>, IUnitOfWork
{
    private TimeProvider? _clock;

    /// <summary>
    /// The pooled context of the host (ADR 0033: pooling requires this one public constructor); its clock is the
    /// application's <see cref="TimeProvider"/>, resolved on first use.
    /// </summary>
    public FractalGoalsDbContext(DbContextOptions<FractalGoalsDbContext> options)
        : this((DbContextOptions)options, clock: null)
    {
    }

    /// <summary>A context outside dependency injection (<see cref="InfrastructureServices.CreateContext"/>, tests).</summary>
    internal FractalGoalsDbContext(DbContextOptions<FractalGoalsDbContext> options, TimeProvider clock)
        : this((DbContextOptions)options, clock)
    {
    }

    /// <summary>For a provider-specific derived context, whose options are typed by that context.</summary>
    protected FractalGoalsDbContext(DbContextOptions options, TimeProvider? clock)
        : base(options) => _clock = clock;

    // EF resolves what its own services lack from the application's provider (the host's TimeProvider).
    private TimeProvider Clock => _clock ??= this.GetService<TimeProvider>();

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
        catch (DbUpdateException refused) when (ConstraintViolations.Translate(refused) is { } violation)
        {
            throw violation;
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
        catch (DbUpdateException refused) when (ConstraintViolations.Translate(refused) is { } violation)
        {
            throw violation;
        }
    }

    Task<int> IUnitOfWork.SaveChangesAsync(CancellationToken cancellationToken) => SaveChangesAsync(cancellationToken);

    async Task<IWriteTransaction> IUnitOfWork.BeginWriteAsync(CancellationToken cancellationToken)
    {
        var turn = await WaitForWriteTurnAsync(cancellationToken);
        try
        {
            return new WriteTransaction(await BeginWriteTransactionAsync(cancellationToken), turn);
        }
        catch
        {
            turn?.Dispose();
            throw;
        }
    }

    /// <summary>SQLite: this process's writers of the file queue in turn before its one write lock (ADR 0047).</summary>
    protected virtual async Task<IDisposable?> WaitForWriteTurnAsync(CancellationToken cancellationToken) =>
        await SqliteWriterQueue.EnterAsync(Database.GetDbConnection().DataSource, cancellationToken);

    Task IUnitOfWork.LockFractalAsync(string rootId, CancellationToken cancellationToken) => LockFractalAsync(rootId, cancellationToken);

    /// <summary>SQLite: nothing to do, <c>BEGIN IMMEDIATE</c> already holds the one write lock of the file.</summary>
    protected virtual Task LockFractalAsync(string rootId, CancellationToken cancellationToken) => Task.CompletedTask;

    void IUnitOfWork.Discard() => ChangeTracker.Clear();

    ResourceVersion? IUnitOfWork.StoredVersionOf(IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var loaded = ChangeTracker.Entries<IAuditable>().Where(e => e.State != EntityState.Added).ToList();
        foreach (var id in ids)
            if (loaded.FirstOrDefault(e => KeyText(e) == id) is { } entry)
                return new ResourceVersion((DateTime?)entry.Property(nameof(IAuditable.UpdatedAt)).OriginalValue);
        return null;
    }

    // The row's id as stored: every versioned row has a single typed-id key (ADR 0009).
    private static string? KeyText(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey()!.Properties;
        if (key.Count != 1) return null;
        var value = entry.Property(key[0].Name).CurrentValue;
        return (key[0].GetTypeMapping().Converter?.ConvertToProvider(value) ?? value) as string;
    }

    /// <summary>
    /// SQLite: a serializable transaction is <c>BEGIN IMMEDIATE</c> (Microsoft.Data.Sqlite defers only read-uncommitted
    /// ones), the write lock before the first read, so a second writer waits on the busy timeout for the first to commit
    /// instead of failing when it upgrades a read lock (ADR 0042).
    /// </summary>
    protected virtual Task<IDbContextTransaction> BeginWriteTransactionAsync(CancellationToken cancellationToken) =>
        Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);

    // Aggregate roots enter the tracker by a query or a repository's Add (they reference each other by id), so the
    // tracker already knows every raiser: no DetectChanges scan of every tracked row, which the save does anyway.
    IReadOnlyList<IDomainEvent> IUnitOfWork.TakeDomainEvents()
    {
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var raisers = ChangeTracker.Entries<IHasDomainEvents>().Select(e => e.Entity).Where(e => e.DomainEvents.Count > 0).ToList();
            var events = raisers.SelectMany(r => r.DomainEvents).ToList();
            foreach (var raiser in raisers) raiser.ClearDomainEvents();
            return events;
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);   // Identity's user store
        AccountModel.Configure(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(FractalGoalsDbContext).Assembly);

        foreach (var entityType in builder.Model.GetEntityTypes())
        {
            var clr = entityType.ClrType;
            // updated_at moves on every effective change, so it doubles as the optimistic concurrency token.
            if (typeof(IAuditable).IsAssignableFrom(clr))
                builder.Entity(clr).Property(nameof(IAuditable.UpdatedAt)).IsConcurrencyToken();
            if (typeof(ISoftDeletable).IsAssignableFrom(clr) && !RetiredStayVisible.Contains(clr.Name))
                builder.Entity(clr).HasQueryFilter(SoftDeleteFilter.Name, NotDeleted(clr));
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        ConfigureTimestampStorage(configurationBuilder);
        foreach (var idType in typeof(Goal).Assembly.GetTypes().Where(TextIdConverter<GoalId>.Fits))
            configurationBuilder.Properties(idType).HaveConversion(typeof(TextIdConverter<>).MakeGenericType(idType));

        // Indexes are the reference database's 28 (domain-rules §14) plus the listed additions of ADR 0019, declared by
        // hand: no automatic FK indexes.
        configurationBuilder.Conventions.Remove<ForeignKeyIndexConvention>();
    }

    /// <summary>SQLite stores timestamps as the legacy text (ADR 0012); a server database has a real type for them.</summary>
    protected virtual void ConfigureTimestampStorage(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<LegacyDateTimeConverter>();

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
            var entries = table.OrderBy(e => e.Entity.CreationTicket).ToList();
            var numbers = NextInsertionOrders(table.Key, entries.Count);
            for (var i = 0; i < entries.Count; i++)
                entries[i].Property(nameof(IInsertionOrdered.InsertionOrder)).CurrentValue = numbers[i];
        }
    }

    /// <summary>
    /// <paramref name="count"/> increasing insertion-order numbers for new rows of <paramref name="table"/>. SQLite:
    /// the next rowids after the table's highest, read inside the write transaction the save opened.
    /// </summary>
    protected virtual IReadOnlyList<long> NextInsertionOrders(string table, int count)
    {
        var highest = Convert.ToInt64(ScalarOnOwnConnection($"SELECT COALESCE(MAX(rowid), 0) FROM \"{table}\""), System.Globalization.CultureInfo.InvariantCulture);
        return [.. Enumerable.Range(1, count).Select(i => highest + i)];
    }

    /// <summary>Runs <paramref name="sql"/> (built from model names, never from input) on the context's connection and transaction.</summary>
    protected IReadOnlyList<object> ColumnOnOwnConnection(string sql)
    {
        var connection = Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) Database.OpenConnection();
        using var command = connection.CreateCommand();
        command.Transaction = Database.CurrentTransaction?.GetDbTransaction();
#pragma warning disable CA2100 // table and column names come from the model, never from input
        command.CommandText = sql;
#pragma warning restore CA2100
        using var reader = command.ExecuteReader();
        var values = new List<object>();
        while (reader.Read()) values.Add(reader.GetValue(0));
        return values;
    }

    private object ScalarOnOwnConnection(string sql) => ColumnOnOwnConnection(sql)[0];

    // The one place on the save path that fills audit columns the domain did not (e.g. a child changed through
    // its aggregate). The domain sets them on effective changes; a row EF sees unchanged is never touched.
    private void StampAuditColumns()
    {
        var now = Timestamp.Naive(Clock.GetLocalNow().DateTime);
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
