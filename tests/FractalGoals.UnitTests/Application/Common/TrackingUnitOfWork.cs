using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Versions;
using FractalGoals.Domain.Common;

namespace FractalGoals.UnitTests.Application.Common;

/// <summary>A unit of work over aggregates held in memory; it logs its commit so tests can see what came before it.</summary>
internal sealed class TrackingUnitOfWork(List<string> log) : IUnitOfWork
{
    private readonly List<IHasDomainEvents> _tracked = [];

    public int Saves { get; private set; }

    public void Track(IHasDomainEvents aggregate) => _tracked.Add(aggregate);

    public IReadOnlyList<IDomainEvent> TakeDomainEvents()
    {
        var events = _tracked.SelectMany(a => a.DomainEvents).ToList();
        foreach (var aggregate in _tracked) aggregate.ClearDomainEvents();
        return events;
    }

    public Task<int> SaveChangesAsync(CancellationToken cancellationToken)
    {
        log.Add("save");
        Saves++;
        return Task.FromResult(1);
    }

    public Task<IWriteTransaction> BeginWriteAsync(CancellationToken cancellationToken)
    {
        log.Add("begin");
        return Task.FromResult<IWriteTransaction>(new Transaction(log));
    }

    public ResourceVersion? StoredVersionOf(IReadOnlyList<string> ids) => null;

    public Task LockFractalAsync(string rootId, CancellationToken cancellationToken)
    {
        log.Add("lock");
        return Task.CompletedTask;
    }

    public void Discard()
    {
        log.Add("discard");
        _tracked.Clear();
    }

    private sealed class Transaction(List<string> log) : IWriteTransaction
    {
        private bool _committed;

        public Task CommitAsync(CancellationToken cancellationToken)
        {
            log.Add("commit");
            _committed = true;
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            if (!_committed) log.Add("rollback");
            return ValueTask.CompletedTask;
        }
    }
}
