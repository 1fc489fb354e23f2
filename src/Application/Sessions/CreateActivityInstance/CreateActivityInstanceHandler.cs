using System.Text.Json.Nodes;
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

/// <summary>A taken id answers 409 and leaves the row alone (Q-11, as the task requires; the original answered 200 with it).</summary>
internal sealed class CreateActivityInstanceHandler(
    FractalScope fractal, IReadRepository<Goal> goals, IRepository<ActivityInstance> instances, IReadRepository<ActivityDefinition> activities, TimeProvider clock)
    : ICommandHandler<CreateActivityInstanceCommand, Result<JsonNode>>
{
    public async ValueTask<Result<JsonNode>> Handle(CreateActivityInstanceCommand command, CancellationToken cancellationToken)
    {

        var created = await InstanceCreation.CreateAsync(fractal.RootId, new ActivityInstanceId(command.InstanceId!), command.PracticeSessionId!,
            command.ActivityDefinitionId!, goals, instances, activities, clock.LocalNow(), cancellationToken);
        if (created.Failure is { } failure) return failure;
        return Result<JsonNode>.Created(InstanceJson.Render(created.Instance!, await SessionViews.LookupAsync(fractal.RootId, activities, cancellationToken)));
    }
}
