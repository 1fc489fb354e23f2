using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Goals.ListFractals;

/// <summary>
/// The reads behind a fractal summary's <c>updated_at</c> (§2.9) that do not load trees (ADR 0030): a grouped
/// aggregate over live goals, and — only for fractals where the aggregate cannot be exact — their goals' stamps.
/// </summary>
public interface IFractalUpdateStamps
{
    /// <summary>Per <c>root_id</c> of live goals, the newest stamp among those with a parent (a grouped query, and one for detached children).</summary>
    Task<IReadOnlyDictionary<GoalId, FractalUpdateStamp>> NewestByFractalAsync(CancellationToken cancellationToken);

    /// <summary>Every live goal of these fractals as (id, parent, root, updated_at): enough to walk the trees exactly.</summary>
    Task<IReadOnlyList<GoalStamp>> GoalsOfFractalsAsync(IReadOnlyCollection<GoalId> rootIds, CancellationToken cancellationToken);
}

/// <param name="NewestWithParent">The newest <c>updated_at</c> among the fractal's live goals that have a parent.</param>
/// <param name="HasDetachedChildren">
/// A live parentless session of the fractal has live children: they have a parent but are not reachable from the
/// root, so <paramref name="NewestWithParent"/> may count them and the tree must be walked instead.
/// </param>
public sealed record FractalUpdateStamp(DateTime? NewestWithParent, bool HasDetachedChildren);

public sealed record GoalStamp(GoalId Id, GoalId? ParentId, GoalId RootId, DateTime? UpdatedAt);
