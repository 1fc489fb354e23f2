using FluentValidation;
using FractalGoals.Domain.Common;

namespace FractalGoals.Application.Goals;

/// <summary>Shape of an update body: kinds of the present fields and the deadline format. Shared by #8 and #15.</summary>
internal sealed class GoalChangesValidator : AbstractValidator<GoalChanges>
{
    public GoalChangesValidator()
    {
        RuleFor(c => c.Deadline.Value).Must(DeadlineText.IsValid).When(c => c.Deadline.IsPresent).WithMessage(GoalMessages.InvalidDeadline);
        RuleFor(c => c.Name.Value).Must(GoalChanges.IsTextOrNull).When(c => c.Name.IsPresent).WithMessage("Name must be a string");
        RuleFor(c => c.Name.Value).Must(n => n is null || !string.IsNullOrWhiteSpace(n.GetValue<string>()))
            .When(c => c.Name.IsPresent && GoalChanges.IsTextOrNull(c.Name.Value)).WithMessage(GoalMessages.NameRequired);
        RuleFor(c => c.Name.Value).Must(n => n is null || n.GetValue<string>().Trim().Length <= TextRules.NameMaxLength)
            .When(c => c.Name.IsPresent && GoalChanges.IsTextOrNull(c.Name.Value)).WithMessage($"Name must be at most {TextRules.NameMaxLength} characters");
        RuleFor(c => c.Description.Value).Must(GoalChanges.IsTextOrNull).When(c => c.Description.IsPresent).WithMessage("Description must be a string");
        RuleFor(c => c.Targets.Value).Must(GoalChanges.IsArrayOrNull).When(c => c.Targets.IsPresent).WithMessage("Targets must be a JSON array");
    }
}
