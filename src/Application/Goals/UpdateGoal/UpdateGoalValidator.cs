using FluentValidation;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Goals.UpdateGoal;

/// <summary>
/// The body's shape, checked only for a goal of the fractal: the contract's "Goal not found" comes before it (#8),
/// as the gate's "Fractal not found" comes before both.
/// </summary>
internal sealed class UpdateGoalValidator : AbstractValidator<UpdateGoalCommand>
{
    public UpdateGoalValidator(FractalScope fractal, IReadRepository<Goal> goals) =>
        WhenAsync(async (c, ct) => GoalId.TryParse(c.GoalId, out var goalId) && await goals.AnyAsync(new GoalOfFractalSpec(fractal.RootId, goalId), ct), () =>
            RuleFor(c => c.Changes).NotNull().SetValidator(new GoalChangesValidator()));
}
