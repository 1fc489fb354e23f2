using FluentValidation;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Goals.CreateGoal;

/// <summary>
/// The body's shape, checked only once the fractal exists: the root check answers first (§1.7), so a request to
/// an unknown fractal gets its 404 from the handler whatever the body holds.
/// </summary>
internal sealed class CreateGoalValidator : AbstractValidator<CreateGoalCommand>
{
    public CreateGoalValidator(IReadRepository<Goal> goals)
    {
        WhenAsync((c, ct) => FractalChecks.RootExistsAsync(goals, c.RootId, ct), () =>
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
        });
    }
}
