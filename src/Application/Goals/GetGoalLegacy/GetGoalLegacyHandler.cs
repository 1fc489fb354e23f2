using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using Mediator;

namespace FractalGoals.Application.Goals.GetGoalLegacy;

/// <summary>
/// The goal by id, in a fractal the gate's one condition accepts (ADR 0036: a global route that looks a root up uses
/// <see cref="AccessibleFractalSpec"/>), rendered by #8's view: standalone for a goal, with the fractal's links and
/// instances for a session.
/// </summary>
internal sealed class GetGoalLegacyHandler(IReadRepository<Goal> goals, IInstanceRows instances, IReadRepository<ActivityDefinition> activities)
    : IQueryHandler<GetGoalLegacyQuery, Result<GoalNode>>
{
    public async ValueTask<Result<GoalNode>> Handle(GetGoalLegacyQuery query, CancellationToken cancellationToken)
    {
        var goal = GoalId.TryParse(query.GoalId, out var goalId)
            ? await goals.FirstOrDefaultAsync(new GoalByIdSpec(goalId), cancellationToken)
            : null;
        if (goal is null || !await goals.AnyAsync(new AccessibleFractalSpec(goal.RootId), cancellationToken))
            return Result<GoalNode>.NotFound(GoalMessages.GoalOrSessionNotFound);

        var view = goal.IsSession
            ? await GoalViews.OfFractalAsync(goal.RootId, goals, instances, activities, cancellationToken)
            : GoalViews.Standalone();
        return Result<GoalNode>.Ok(view.Node(goal, withChildren: false)).At(goal.UpdatedAt);
    }
}
