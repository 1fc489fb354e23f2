using FluentValidation;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Common;

namespace FractalGoals.Application.Activities;

/// <summary>The request-shape rules #32 and #33 share; the aggregate enforces the same limits again.</summary>
internal static class ActivityLimits
{
    public static IRuleBuilderOptions<T, string?> ActivityName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Name is required")
            .MaximumLength(TextRules.NameMaxLength).WithMessage($"Name must be at most {TextRules.NameMaxLength} characters");

    public static void MetricLimit<T>(this IRuleBuilder<T, IReadOnlyList<ActivityMetricInput?>?> rule) =>
        rule.Must(m => m is null || m.Count <= ActivityDefinition.MaxActiveMetrics).WithMessage(ActivityRules.TooManyMetricsMessage);

    public static void SplitLimit<T>(this IRuleBuilder<T, IReadOnlyList<ActivitySplitInput?>?> rule) =>
        rule.Must(s => s is null || s.Count <= ActivityDefinition.MaxActiveSplits).WithMessage(ActivityRules.TooManySplitsMessage);

    public static IRuleBuilderOptions<T, string?> DescriptionLimit<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(TextRules.DescriptionMaxLength).WithMessage($"Description must be at most {TextRules.DescriptionMaxLength} characters");
}
