using FluentValidation;

namespace FractalGoals.Application.Activities.CreateActivityGroup;

internal sealed class CreateActivityGroupValidator : AbstractValidator<CreateActivityGroupCommand>
{
    public CreateActivityGroupValidator()
    {
        RuleFor(c => c.Name).ActivityName();
        RuleFor(c => c.Description).DescriptionLimit();
    }
}
