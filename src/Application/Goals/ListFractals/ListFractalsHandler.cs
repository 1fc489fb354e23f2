using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Goals.Specifications;
using MapsterMapper;
using Mediator;

namespace FractalGoals.Application.Goals.ListFractals;

internal sealed class ListFractalsHandler(IReadRepository<Goal> goals, IMapper mapper)
    : IQueryHandler<ListFractalsQuery, Result<IReadOnlyList<FractalSummaryResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<FractalSummaryResponse>>> Handle(ListFractalsQuery query, CancellationToken cancellationToken)
    {
        var roots = await goals.ListAsync(new FractalRootsSpec(), cancellationToken);
        var members = await goals.ListAsync(new GoalsOfFractalsSpec([.. roots.Select(r => r.Id)]), cancellationToken);
        var byParent = members.Where(g => g.ParentId is not null).ToLookup(g => g.ParentId!.Value);

        return roots.Select(root => mapper.Map<FractalSummaryResponse>(root) with { UpdatedAt = LastUpdated(root, byParent) }).ToList();
    }

    // §2.9: the newest updated_at over the root and its parent_id descendants (not parentless sessions).
    private static DateTime? LastUpdated(Goal root, ILookup<GoalId, Goal> byParent)
    {
        var latest = root.UpdatedAt;
        var pending = new Stack<Goal>(byParent[root.Id]);
        while (pending.Count > 0)
        {
            var goal = pending.Pop();
            if (goal.UpdatedAt > latest || latest is null) latest = goal.UpdatedAt ?? latest;
            foreach (var child in byParent[goal.Id]) pending.Push(child);
        }
        return latest;
    }
}
