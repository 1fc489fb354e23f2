using FluentValidation;

namespace FractalGoals.Application.Templates.UpdateTemplate;

internal sealed class UpdateTemplateValidator : AbstractValidator<UpdateTemplateCommand>
{
    public UpdateTemplateValidator()
    {
        RuleFor(c => c.Name).TemplateName().When(c => c.Name is not null);
        RuleFor(c => c.Description.Value).DescriptionLimit();
    }
}
