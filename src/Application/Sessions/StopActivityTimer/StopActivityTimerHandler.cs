using System.Text.Json.Nodes;
using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Application.ReadModels;
using FractalGoals.Application.Sessions.Specifications;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using Mediator;

namespace FractalGoals.Application.Sessions.StopActivityTimer;

/// <summary>
/// The 404 and the never-started 400 keep the substrings the client matches on (<c>Activity instance not found</c>,
/// <c>Timer was never started</c>); stopping again re-stamps the stop.
/// </summary>
internal sealed class StopActivityTimerHandler(
    FractalScope fractal, IRepository<ActivityInstance> instances, IReadRepository<ActivityDefinition> activities, TimeProvider clock)
    : ICommandHandler<StopActivityTimerCommand, Result<JsonNode>>
{
    public async ValueTask<Result<JsonNode>> Handle(StopActivityTimerCommand command, CancellationToken cancellationToken)
    {
        if (!ActivityInstanceId.TryParse(command.InstanceId, out var instanceId)
            || await instances.FirstOrDefaultAsync(new InstanceOfFractalSpec(fractal.RootId, instanceId, forUpdate: true), cancellationToken) is not { } instance)
            return Result<JsonNode>.NotFound(SessionMessages.TimerInstanceNotFound);

        instance.StopTimer(clock.LocalNow());
        return InstanceJson.Render(instance, await SessionViews.LookupAsync(fractal.RootId, activities, cancellationToken));
    }
}
