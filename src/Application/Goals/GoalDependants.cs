using FractalGoals.Application.Common.Persistence;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Domain.Sessions;
using FractalGoals.Domain.Templates;

namespace FractalGoals.Application.Goals;

/// <summary>
/// The rows of other modules that follow a goal delete or restore (domain-rules §6.2, Q-19 fixed): the activity
/// instances of deleted sessions, and for a whole fractal also its activities (with their metric and split
/// definitions), activity groups and session templates. Each row checks for itself that the event concerns it.
/// </summary>
internal sealed record GoalDependants(
    IRepository<ActivityInstance> Instances,
    IRepository<ActivityDefinition> Activities,
    IRepository<ActivityGroup> Groups,
    IRepository<SessionTemplate> Templates)
{
    public async Task HideAsync(GoalDeletion deletion, CancellationToken cancellationToken)
    {
        var instances = await Instances.ListAsync(new FractalDependantsSpec<ActivityInstance>(deletion.RootId), cancellationToken);
        foreach (var instance in instances.Where(i => deletion.Hides(i.PracticeSessionId))) instance.HideWith(deletion);
        if (!deletion.IsFractalDeletion) return;
        foreach (var activity in await Activities.ListAsync(new FractalDependantsSpec<ActivityDefinition>(deletion.RootId), cancellationToken))
            activity.HideWith(deletion);
        foreach (var group in await Groups.ListAsync(new FractalDependantsSpec<ActivityGroup>(deletion.RootId), cancellationToken))
            group.HideWith(deletion);
        foreach (var template in await Templates.ListAsync(new FractalDependantsSpec<SessionTemplate>(deletion.RootId), cancellationToken))
            template.HideWith(deletion);
    }

    /// <summary>Reveals what the same delete hid; returns the instances that are live again (for rendering).</summary>
    public async Task<IReadOnlyList<ActivityInstance>> RevealAsync(GoalRestoration restoration, CancellationToken cancellationToken)
    {
        var hidden = await Instances.ListAsync(new FractalDependantsHiddenAtSpec<ActivityInstance>(restoration.RootId, restoration.Stamp), cancellationToken);
        var revealed = hidden.Where(i => restoration.Restores(i.PracticeSessionId)).ToList();
        revealed.ForEach(i => i.RevealWith(restoration));
        if (!restoration.IsFractalRestoration) return revealed;
        foreach (var activity in await Activities.ListAsync(new FractalDependantsHiddenAtSpec<ActivityDefinition>(restoration.RootId, restoration.Stamp), cancellationToken))
            activity.RevealWith(restoration);
        foreach (var group in await Groups.ListAsync(new FractalDependantsHiddenAtSpec<ActivityGroup>(restoration.RootId, restoration.Stamp), cancellationToken))
            group.RevealWith(restoration);
        foreach (var template in await Templates.ListAsync(new FractalDependantsHiddenAtSpec<SessionTemplate>(restoration.RootId, restoration.Stamp), cancellationToken))
            template.RevealWith(restoration);
        return revealed;
    }
}
