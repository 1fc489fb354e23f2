using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Activities;
using FractalGoals.Application.Activities.Specifications;
using FractalGoals.Domain.Goals;
using FractalGoals.Application.Goals.Specifications;
using MapsterMapper;
using Mediator;

namespace FractalGoals.Application.Activities.CreateActivity;

internal sealed class CreateActivityHandler(
    IReadRepository<Goal> goals, IReadRepository<ActivityGroup> groups, IRepository<ActivityDefinition> activities, IMapper mapper, TimeProvider clock)
    : ICommandHandler<CreateActivityCommand, Result<ActivityResponse>>
{
    public async ValueTask<Result<ActivityResponse>> Handle(CreateActivityCommand command, CancellationToken cancellationToken)
    {
        if (ActivityIds.Root(command.RootId) is not { } rootId
            || await goals.FirstOrDefaultAsync(new FractalRootSpec(rootId), cancellationToken) is not { } root)
            return Result<ActivityResponse>.NotFound("Fractal not found");

        // The legacy server stored any group_id; a group must now be a live group of this fractal (foreign key).
        // An empty id (a cleared select box) means no group.
        ActivityGroup? group = null;
        if (!string.IsNullOrEmpty(command.GroupId)
            && (ActivityIds.Group(command.GroupId) is not { } groupId
                || (group = await groups.FirstOrDefaultAsync(new ActivityGroupOfFractalSpec(rootId, groupId), cancellationToken)) is null))
            return Result<ActivityResponse>.Invalid("Group not found");

        var details = new ActivityDetails(
            command.Name, command.Description,
            HasSets: command.HasSets ?? false, HasMetrics: command.HasMetrics ?? true,
            MetricsMultiplicative: command.MetricsMultiplicative ?? false, HasSplits: command.HasSplits ?? false,
            Metrics: ActivityInputs.Metrics(command.Metrics ?? []), Splits: ActivityInputs.Splits(command.Splits ?? []));
        var activity = ActivityDefinition.Create(root, details, group, clock.LocalNow());
        activities.Add(activity);
        return Result<ActivityResponse>.Created(mapper.Map<ActivityResponse>(activity));
    }
}
