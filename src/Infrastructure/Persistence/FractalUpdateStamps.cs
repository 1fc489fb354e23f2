using FractalGoals.Application.Goals.ListFractals;
using FractalGoals.Domain.Goals;
using Microsoft.EntityFrameworkCore;

namespace FractalGoals.Infrastructure.Persistence;

/// <summary>
/// The fractal list's aggregate (ADR 0030): one GROUP BY root_id over live goals instead of every tree. The
/// soft-delete filter applies; no entity is materialised or tracked.
/// </summary>
internal sealed class FractalUpdateStamps(FractalGoalsDbContext db) : IFractalUpdateStamps
{
    public async Task<IReadOnlyDictionary<GoalId, FractalUpdateStamp>> NewestByFractalAsync(CancellationToken cancellationToken)
    {
        var rows = await NewestByFractal(db).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.RootId, r => new FractalUpdateStamp(r.NewestWithParent, r.DetachedParents > 0));
    }

    /// <summary>The grouped query itself (its plan is checked by the integration tests).</summary>
    internal static IQueryable<NewestRow> NewestByFractal(FractalGoalsDbContext db) =>
        db.Goals.AsNoTracking()
            .GroupBy(g => g.RootId)
            .Select(fractal => new NewestRow(
                fractal.Key,
                fractal.Where(g => g.ParentId != null).Max(g => g.UpdatedAt),
                // parentless sessions with a live child: their subtrees have parents but hang outside the tree
                fractal.Count(g => g.ParentId == null && g.Type == GoalType.PracticeSession && db.Goals.Any(c => c.ParentId == g.Id))));

    internal sealed record NewestRow(GoalId RootId, DateTime? NewestWithParent, int DetachedParents);

    public async Task<IReadOnlyList<GoalStamp>> GoalsOfFractalsAsync(IReadOnlyCollection<GoalId> rootIds, CancellationToken cancellationToken) =>
        await db.Goals.AsNoTracking()
            .Where(g => rootIds.Contains(g.RootId))
            .Select(g => new GoalStamp(g.Id, g.ParentId, g.RootId, g.UpdatedAt))
            .ToListAsync(cancellationToken);
}
