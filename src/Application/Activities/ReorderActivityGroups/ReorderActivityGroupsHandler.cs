using FractalGoals.Application.Activities.Specifications;
using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Activities;
using Mediator;

namespace FractalGoals.Application.Activities.ReorderActivityGroups;

internal sealed class ReorderActivityGroupsHandler(FractalScope fractal, IRepository<ActivityGroup> groups, TimeProvider clock)
    : ICommandHandler<ReorderActivityGroupsCommand, Result<ActivitiesMessageResponse>>
{
    public async ValueTask<Result<ActivitiesMessageResponse>> Handle(ReorderActivityGroupsCommand command, CancellationToken cancellationToken)
    {
        var byId = (await groups.ListAsync(new ActivityGroupsOfFractalSpec(fractal.RootId, forUpdate: true), cancellationToken)).ToDictionary(g => g.Id.Value, StringComparer.Ordinal);
        // Ids that are not live groups of this fractal are dropped (contract #28); a repeated id keeps its last place,
        // as the legacy loop's last write wins. The aggregate numbers the rest 0-based, which keeps their relative order.
        var positions = new Dictionary<ActivityGroup, int>();
        var submitted = command.GroupIds ?? [];
        for (var i = 0; i < submitted.Count; i++)
            if (submitted[i] is { } id && byId.TryGetValue(id, out var group)) positions[group] = i;
        ActivityGroup.Reorder([.. positions.OrderBy(p => p.Value).Select(p => p.Key)], clock.LocalNow());
        return new ActivitiesMessageResponse("Groups reordered");
    }
}
