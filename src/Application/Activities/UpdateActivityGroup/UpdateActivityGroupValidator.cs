using FluentValidation;

namespace FractalGoals.Application.Activities.UpdateActivityGroup;

internal sealed class UpdateActivityGroupValidator : AbstractValidator<UpdateActivityGroupCommand>
{
    public UpdateActivityGroupValidator()
    {
        RuleFor(c => c.Name).ActivityName().When(c => c.Name is not null);
        RuleFor(c => c.Description.Value).DescriptionLimit();
    }
}
