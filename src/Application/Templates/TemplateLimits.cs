using FluentValidation;
using FractalGoals.Domain.Common;

namespace FractalGoals.Application.Templates;

internal static class TemplateLimits
{
    public static IRuleBuilderOptions<T, string?> TemplateName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Template name is required")
            .MaximumLength(TextRules.NameMaxLength).WithMessage($"Name must be at most {TextRules.NameMaxLength} characters");

    public static IRuleBuilderOptions<T, string?> DescriptionLimit<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(TextRules.DescriptionMaxLength).WithMessage($"Description must be at most {TextRules.DescriptionMaxLength} characters");
}
