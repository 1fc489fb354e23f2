using FluentValidation;

namespace FractalGoals.Application.Templates.CreateTemplate;

internal sealed class CreateTemplateValidator : AbstractValidator<CreateTemplateCommand>
{
    public CreateTemplateValidator()
    {
        RuleFor(c => c.Name).TemplateName();
        RuleFor(c => c.Description).DescriptionLimit();
        RuleFor(c => c.TemplateData).NotEmpty().WithMessage("Template data is required");
    }
}
