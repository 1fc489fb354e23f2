namespace FractalGoals.Domain.Common;

/// <summary>Shape rules for user-entered text shared by every module.</summary>
public static class TextRules
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 10_000;

    /// <summary>A required, trimmed name of bounded length.</summary>
    public static string Name(string? value, string code, string requiredMessage, int maxLength = NameMaxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new DomainRuleViolationException(code, requiredMessage);
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
            throw new DomainRuleViolationException(code + "_too_long", $"Name must be at most {maxLength} characters");
        return trimmed;
    }

    /// <summary>Optional free text; null becomes empty (the legacy default is <c>''</c>).</summary>
    public static string Description(string? value, int maxLength = DescriptionMaxLength)
    {
        var text = value ?? string.Empty;
        if (text.Length > maxLength)
            throw new DomainRuleViolationException("text.description_too_long", $"Description must be at most {maxLength} characters");
        return text;
    }
}
