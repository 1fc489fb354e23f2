using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using Mediator;

namespace FractalGoals.Application.Sessions.CreateActivityInstance;

/// <summary>
/// A taken id answers 409 and leaves the row alone (Q-11, as the task requires; the original answered 200 with it).
/// Without an id (missing, null or empty) the server makes one, a new UUID (ADR 0050).
/// </summary>
internal sealed class CreateActivityInstanceHandler(
    FractalScope fractal, IReadRepository<Goal> goals, IRepository<ActivityInstance> instances, IReadRepository<ActivityDefinition> activities, TimeProvider clock)
    : ICommandHandler<CreateActivityInstanceCommand, Result<ActivityInstanceNode>>
{
    public async ValueTask<Result<ActivityInstanceNode>> Handle(CreateActivityInstanceCommand command, CancellationToken cancellationToken)
    {
        var id = string.IsNullOrEmpty(command.InstanceId) ? ActivityInstanceId.New() : new ActivityInstanceId(command.InstanceId);
        var created = await InstanceCreation.CreateAsync(fractal.RootId, id, command.PracticeSessionId!,
            command.ActivityDefinitionId!, goals, instances, activities, clock.LocalNow(), cancellationToken);
        if (created.Failure is { } failure) return failure;
        return Result<ActivityInstanceNode>.Created(InstanceJson.Node(created.Instance!, await SessionViews.LookupAsync(fractal.RootId, activities, cancellationToken)));
    }
}
