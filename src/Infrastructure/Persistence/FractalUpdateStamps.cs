using FractalGoals.Application.Goals.ListFractals;
using FractalGoals.Domain.Goals;
using Microsoft.EntityFrameworkCore;

namespace FractalGoals.Infrastructure.Persistence;

/// <summary>
/// The fractal list's aggregate (ADR 0030, 0034): a GROUP BY root_id over live goals instead of every tree, and the
/// few fractals whose tree must be walked. The soft-delete filter applies; no entity is materialised or tracked.
/// </summary>
internal sealed class FractalUpdateStamps(FractalGoalsDbContext db) : IFractalUpdateStamps
{
    public async Task<IReadOnlyDictionary<GoalId, FractalUpdateStamp>> NewestByFractalAsync(CancellationToken cancellationToken)
    {
        var newest = await NewestWithParent(db).ToDictionaryAsync(r => r.RootId, r => r.Newest, cancellationToken);
        var detached = (await WithDetachedChildren(db).ToListAsync(cancellationToken)).ToHashSet();
        return newest.Keys.Union(detached).ToDictionary(root => root, root => new FractalUpdateStamp(newest.GetValueOrDefault(root), detached.Contains(root)));
    }

    /// <summary>
    /// Per fractal, the newest stamp among live goals with a parent: a covering scan of ix_goals_root_stamp
    /// (ADR 0034), which never reads a goal row (a session's row carries its JSON blobs).
    /// </summary>
    internal static IQueryable<NewestRow> NewestWithParent(FractalGoalsDbContext db) =>
        db.Goals.AsNoTracking()
            .Where(g => g.ParentId != null)
            .GroupBy(g => g.RootId)
            .Select(fractal => new NewestRow(fractal.Key, fractal.Max(g => g.UpdatedAt)));

    /// <summary>
    /// Fractals with a parentless session that has live children: those children have a parent but hang outside
    /// the tree, so the fractal's newest stamp must be found by walking it. Searched by the parent index.
    /// </summary>
    internal static IQueryable<GoalId> WithDetachedChildren(FractalGoalsDbContext db) =>
        db.Goals.AsNoTracking()
            .Where(g => g.ParentId == null && g.Type == GoalType.PracticeSession && db.Goals.Any(c => c.ParentId == g.Id))
            .Select(g => g.RootId)
            .Distinct();

    internal sealed record NewestRow(GoalId RootId, DateTime? Newest);

    public async Task<IReadOnlyList<GoalStamp>> GoalsOfFractalsAsync(IReadOnlyCollection<GoalId> rootIds, CancellationToken cancellationToken) =>
        await db.Goals.AsNoTracking()
            .Where(g => rootIds.Contains(g.RootId))
            .Select(g => new GoalStamp(g.Id, g.ParentId, g.RootId, g.UpdatedAt))
            .ToListAsync(cancellationToken);
}
