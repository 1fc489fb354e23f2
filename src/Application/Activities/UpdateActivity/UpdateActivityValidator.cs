using FluentValidation;

namespace FractalGoals.Application.Activities.UpdateActivity;

internal sealed class UpdateActivityValidator : AbstractValidator<UpdateActivityCommand>
{
    public UpdateActivityValidator()
    {
        RuleFor(c => c.Name).ActivityName().When(c => c.Name is not null);
        RuleFor(c => c.Description.Value).DescriptionLimit();
        RuleFor(c => c.Metrics).MetricLimit();
        RuleFor(c => c.Splits).SplitLimit();
    }
}
