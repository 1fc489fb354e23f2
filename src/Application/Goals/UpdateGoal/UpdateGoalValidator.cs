using FluentValidation;

namespace FractalGoals.Application.Goals.UpdateGoal;

internal sealed class UpdateGoalValidator : AbstractValidator<UpdateGoalCommand>
{
    public UpdateGoalValidator() => RuleFor(c => c.Changes).NotNull().SetValidator(new GoalChangesValidator());
}
