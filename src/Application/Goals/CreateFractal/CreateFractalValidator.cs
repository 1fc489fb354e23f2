using FluentValidation;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Goals.CreateFractal;

internal sealed class CreateFractalValidator : AbstractValidator<CreateFractalCommand>
{
    public CreateFractalValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("Name is required")
            .MaximumLength(Domain.Common.TextRules.NameMaxLength).WithMessage($"Name must be at most {Domain.Common.TextRules.NameMaxLength} characters");
        RuleFor(c => c.Type).Must(t => t is null || (GoalTypes.TryParse(t, out var type) && GoalTypes.CanBeRoot(type)))
            .WithMessage("Invalid root goal type. Must be one of: UltimateGoal, LongTermGoal, MidTermGoal, ShortTermGoal");
    }
}
