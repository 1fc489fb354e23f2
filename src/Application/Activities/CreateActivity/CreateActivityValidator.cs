using FluentValidation;

namespace FractalGoals.Application.Activities.CreateActivity;

internal sealed class CreateActivityValidator : AbstractValidator<CreateActivityCommand>
{
    public CreateActivityValidator()
    {
        RuleFor(c => c.Name).ActivityName();
        RuleFor(c => c.Description).DescriptionLimit();
        RuleFor(c => c.Metrics).MetricLimit();
        RuleFor(c => c.Splits).SplitLimit();
    }
}
