using FractalGoals.Application.Activities.Specifications;
using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Activities;
using MapsterMapper;
using Mediator;

namespace FractalGoals.Application.Activities.CreateActivity;

internal sealed class CreateActivityHandler(
    FractalScope fractal, IReadRepository<ActivityGroup> groups, IRepository<ActivityDefinition> activities, IMapper mapper, TimeProvider clock)
    : ICommandHandler<CreateActivityCommand, Result<ActivityResponse>>
{
    public async ValueTask<Result<ActivityResponse>> Handle(CreateActivityCommand command, CancellationToken cancellationToken)
    {
        // The legacy server stored any group_id; a group must now be a live group of this fractal (foreign key).
        // An empty id (a cleared select box) means no group.
        ActivityGroup? group = null;
        if (!string.IsNullOrEmpty(command.GroupId)
            && (!ActivityGroupId.TryParse(command.GroupId, out var groupId)
                || (group = await groups.FirstOrDefaultAsync(new ActivityGroupOfFractalSpec(fractal.RootId, groupId), cancellationToken)) is null))
            return Result<ActivityResponse>.Invalid("Group not found");

        var details = new ActivityDetails(
            command.Name, command.Description,
            HasSets: command.HasSets ?? false, HasMetrics: command.HasMetrics ?? true,
            MetricsMultiplicative: command.MetricsMultiplicative ?? false, HasSplits: command.HasSplits ?? false,
            Metrics: ActivityInputs.Metrics(command.Metrics ?? []), Splits: ActivityInputs.Splits(command.Splits ?? []));
        var activity = ActivityDefinition.Create(fractal.Root, details, group, clock.LocalNow());
        activities.Add(activity);
        return Result<ActivityResponse>.Created(mapper.Map<ActivityResponse>(activity));
    }
}
