using FluentValidation;
using FractalGoals.Domain.Common;

namespace FractalGoals.Application.Goals;

/// <summary>Shape of an update body: kinds of the present fields and the deadline format. Shared by #8 and #15.</summary>
internal sealed class GoalChangesValidator : AbstractValidator<GoalChanges>
{
    public GoalChangesValidator()
    {
        RuleFor(c => c.Deadline).Must(p => !p.IsWrongType && DeadlineText.IsValid(p.Value)).When(c => c.Deadline.IsPresent).WithMessage(GoalMessages.InvalidDeadline);
        RuleFor(c => c.Name).Must(p => !p.IsWrongType).WithMessage("Name must be a string");
        RuleFor(c => c.Name.Value).Must(n => n is null || !string.IsNullOrWhiteSpace(n))
            .When(c => !c.Name.IsWrongType).WithMessage(GoalMessages.NameRequired);
        RuleFor(c => c.Name.Value).Must(n => n is null || n.Trim().Length <= TextRules.NameMaxLength)
            .When(c => !c.Name.IsWrongType).WithMessage($"Name must be at most {TextRules.NameMaxLength} characters");
        RuleFor(c => c.Description).Must(p => !p.IsWrongType).WithMessage("Description must be a string");
        RuleFor(c => c.Targets).Must(p => !p.IsWrongType).WithMessage("Targets must be a JSON array");
    }
}
