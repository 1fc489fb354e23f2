using FluentValidation;
using FractalGoals.Domain.Common;

namespace FractalGoals.Application.Goals.CreateGoal;

/// <summary>The body's shape; an unknown fractal never gets here, the gate answers it first (§1.7, ADR 0036).</summary>
internal sealed class CreateGoalValidator : AbstractValidator<CreateGoalCommand>
{
    public CreateGoalValidator()
    {
        RuleFor(c => c.Name).Cascade(CascadeMode.Stop)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(GoalMessages.NameRequired)
            .Must(n => n!.Trim().Length <= TextRules.NameMaxLength).WithMessage($"Name must be at most {TextRules.NameMaxLength} characters");
        RuleFor(c => c.Type).Cascade(CascadeMode.Stop).NotEmpty().WithMessage(GoalMessages.TypeRequired)
            .Must(t => GoalMessages.IsCreatableType(t, out _)).WithMessage(c => GoalMessages.InvalidType(c.Type));
        RuleFor(c => c.Description).MaximumLength(TextRules.DescriptionMaxLength)
            .WithMessage($"Description must be at most {TextRules.DescriptionMaxLength} characters");
        RuleFor(c => c.Deadline).Must(DeadlineText.IsValid).WithMessage(GoalMessages.InvalidDeadline);
        RuleFor(c => c.ParentId).NotEmpty().WithMessage(GoalMessages.ParentRequired);
    }
}
