using FractalGoals.Application.Common.Persistence;
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
}
