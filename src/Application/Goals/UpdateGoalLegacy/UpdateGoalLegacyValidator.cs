using FluentValidation;

namespace FractalGoals.Application.Goals.UpdateGoalLegacy;

/// <summary>The deadline is checked before the goal is looked up (contract #15), which the pipeline order gives.</summary>
internal sealed class UpdateGoalLegacyValidator : AbstractValidator<UpdateGoalLegacyCommand>
{
    public UpdateGoalLegacyValidator() => RuleFor(c => c.Changes).NotNull().SetValidator(new GoalChangesValidator());
}
