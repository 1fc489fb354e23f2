using System.Text.Json.Nodes;
using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Domain.Sessions;
using FractalGoals.Application.Sessions.Specifications;
using Mediator;

namespace FractalGoals.Application.Sessions.StopActivityTimer;

/// <summary>
/// The 404 and the never-started 400 keep the substrings the client matches on (<c>Activity instance not found</c>,
/// <c>Timer was never started</c>); stopping again re-stamps the stop.
/// </summary>
internal sealed class StopActivityTimerHandler(
    IReadRepository<Goal> goals, IRepository<ActivityInstance> instances, IReadRepository<ActivityDefinition> activities, TimeProvider clock)
    : ICommandHandler<StopActivityTimerCommand, Result<JsonNode>>
{
    public async ValueTask<Result<JsonNode>> Handle(StopActivityTimerCommand command, CancellationToken cancellationToken)
    {
        if (!SessionIds.TryGoal(command.RootId, out var rootId) || !await goals.AnyAsync(new FractalRootSpec(rootId), cancellationToken))
            return Result<JsonNode>.NotFound(SessionMessages.FractalNotFound);
        if (!SessionIds.TryInstance(command.InstanceId, out var instanceId)
            || await instances.FirstOrDefaultAsync(new InstanceOfFractalSpec(rootId, instanceId, forUpdate: true), cancellationToken) is not { } instance)
            return Result<JsonNode>.NotFound(SessionMessages.TimerInstanceNotFound);

        instance.StopTimer(clock.LocalNow());
        return InstanceJson.Render(instance, await SessionViews.LookupAsync(rootId, activities, cancellationToken));
    }
}
