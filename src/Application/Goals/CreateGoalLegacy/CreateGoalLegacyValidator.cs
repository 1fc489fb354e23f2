using FluentValidation;
using FractalGoals.Domain.Common;

namespace FractalGoals.Application.Goals.CreateGoalLegacy;

/// <summary>
/// Only the name's shape: the type and deadline checks must come after the parent's 404 (contract #13's order),
/// which needs the store, so the handler makes them.
/// </summary>
internal sealed class CreateGoalLegacyValidator : AbstractValidator<CreateGoalLegacyCommand>
{
    public CreateGoalLegacyValidator()
    {
        RuleFor(c => c.Name).Cascade(CascadeMode.Stop)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(GoalMessages.NameRequired)
            .Must(n => n!.Trim().Length <= TextRules.NameMaxLength).WithMessage($"Name must be at most {TextRules.NameMaxLength} characters");
        RuleFor(c => c.Description).MaximumLength(TextRules.DescriptionMaxLength)
            .WithMessage($"Description must be at most {TextRules.DescriptionMaxLength} characters");
    }
}
