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

namespace FractalGoals.Application.Sessions.StartActivityTimer;

/// <summary>Starts (or restarts, clearing stop and duration) the timer, creating the instance first when it is missing.</summary>
internal sealed class StartActivityTimerHandler(
    FractalScope fractal, IReadRepository<Goal> goals, IRepository<ActivityInstance> instances, IReadRepository<ActivityDefinition> activities, TimeProvider clock)
    : ICommandHandler<StartActivityTimerCommand, Result<JsonNode>>
{
    public async ValueTask<Result<JsonNode>> Handle(StartActivityTimerCommand command, CancellationToken cancellationToken)
    {
        if (!ActivityInstanceId.TryParse(command.InstanceId, out var instanceId))
            return Result<JsonNode>.NotFound(SessionMessages.InstanceNotFound);

        var now = clock.LocalNow();
        var instance = await instances.FirstOrDefaultAsync(new InstanceOfFractalSpec(fractal.RootId, instanceId, forUpdate: true), cancellationToken);
        if (instance is null)
        {
            if (string.IsNullOrEmpty(command.PracticeSessionId) || string.IsNullOrEmpty(command.ActivityDefinitionId))
                return Result<JsonNode>.Invalid(SessionMessages.CreationIdsRequired);
            var created = await InstanceCreation.CreateAsync(fractal.RootId, instanceId, command.PracticeSessionId, command.ActivityDefinitionId,
                goals, instances, activities, now, cancellationToken);
            if (created.Failure is { } failure) return failure;
            instance = created.Instance!;
        }

        instance.StartTimer(now);
        return InstanceJson.Render(instance, await SessionViews.LookupAsync(fractal.RootId, activities, cancellationToken));
    }
}
