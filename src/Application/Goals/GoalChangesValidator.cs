using FluentValidation;
using FractalGoals.Domain.Common;

namespace FractalGoals.Application.Goals;

/// <summary>Shape of an update body: kinds of the present fields and the deadline format. Shared by #8 and #15.</summary>
internal sealed class GoalChangesValidator : AbstractValidator<GoalChanges>
{
    public GoalChangesValidator()
    {
        RuleFor(c => c.Deadline).Must(DeadlineText.IsValid).When(c => c.HasDeadline).WithMessage(GoalMessages.InvalidDeadline);
        RuleFor(c => c.Name).Must(GoalChanges.IsTextOrNull).When(c => c.HasName).WithMessage("Name must be a string");
        RuleFor(c => c.Name).Must(n => n is null || !string.IsNullOrWhiteSpace(n.GetValue<string>()))
            .When(c => c.HasName && GoalChanges.IsTextOrNull(c.Name)).WithMessage(GoalMessages.NameRequired);
        RuleFor(c => c.Name).Must(n => n is null || n.GetValue<string>().Trim().Length <= TextRules.NameMaxLength)
            .When(c => c.HasName && GoalChanges.IsTextOrNull(c.Name)).WithMessage($"Name must be at most {TextRules.NameMaxLength} characters");
        RuleFor(c => c.Description).Must(GoalChanges.IsTextOrNull).When(c => c.HasDescription).WithMessage("Description must be a string");
        RuleFor(c => c.Targets).Must(GoalChanges.IsArrayOrNull).When(c => c.HasTargets).WithMessage("Targets must be a JSON array");
    }
}
