using FluentValidation;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Goals.UpdateGoal;

/// <summary>The body's shape, checked only for a goal that exists in the fractal: the contract's 404s come first (#8).</summary>
internal sealed class UpdateGoalValidator : AbstractValidator<UpdateGoalCommand>
{
    public UpdateGoalValidator(IReadRepository<Goal> goals) =>
        WhenAsync((c, ct) => FractalChecks.GoalExistsAsync(goals, c.RootId, c.GoalId, ct), () =>
            RuleFor(c => c.Changes).NotNull().SetValidator(new GoalChangesValidator()));
}
