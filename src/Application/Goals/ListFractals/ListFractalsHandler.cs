using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Goals;
using FractalGoals.Application.Goals.Specifications;
using MapsterMapper;
using Mediator;

namespace FractalGoals.Application.Goals.ListFractals;

/// <summary>
/// Three queries whatever the data (the roots; one aggregate per root_id; fractals with detached children), a fourth only for fractals with goals under
/// a parentless session. A live goal's parent is live and in its fractal (creation checks it, a delete hides the
/// whole subtree, a restore needs its parent restored first), so "has a parent" means "reachable from the root"
/// except below a parentless session (ADR 0030).
/// </summary>
internal sealed class ListFractalsHandler(IReadRepository<Goal> goals, IFractalUpdateStamps stamps, IMapper mapper)
    : IQueryHandler<ListFractalsQuery, Result<IReadOnlyList<FractalSummaryResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<FractalSummaryResponse>>> Handle(ListFractalsQuery query, CancellationToken cancellationToken)
    {
        var roots = await goals.ListAsync(new FractalRootsSpec(), cancellationToken);
        var newest = await stamps.NewestByFractalAsync(cancellationToken);
        var walked = roots.Where(r => newest.TryGetValue(r.Id, out var stamp) && stamp.HasDetachedChildren).Select(r => r.Id).ToList();
        var members = walked.Count == 0 ? [] : await stamps.GoalsOfFractalsAsync(walked, cancellationToken);
        var byParent = members.Where(g => g.ParentId is not null).ToLookup(g => g.ParentId!.Value);

        return roots.Select(root => mapper.Map<FractalSummaryResponse>(root) with
        {
            UpdatedAt = walked.Contains(root.Id)
                ? LastUpdated(root, byParent)
                : Newest(root.UpdatedAt, newest.TryGetValue(root.Id, out var stamp) ? stamp.NewestWithParent : null),
        }).ToList();
    }

    // §2.9: the newest updated_at over the root and its parent_id descendants (not parentless sessions).
    private static DateTime? LastUpdated(Goal root, ILookup<GoalId, GoalStamp> byParent)
    {
        var latest = root.UpdatedAt;
        var pending = new Stack<GoalStamp>(byParent[root.Id]);
        while (pending.Count > 0)
        {
            var goal = pending.Pop();
            latest = Newest(latest, goal.UpdatedAt);
            foreach (var child in byParent[goal.Id]) pending.Push(child);
        }
        return latest;
    }

    private static DateTime? Newest(DateTime? a, DateTime? b) => a is null || b > a ? b ?? a : a;
}
