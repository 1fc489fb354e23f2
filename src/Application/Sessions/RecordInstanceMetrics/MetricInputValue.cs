using System.Globalization;

namespace FractalGoals.Application.Sessions.RecordInstanceMetrics;

/// <summary>How the contract reads a sent value: a number, or a numeric string; anything else is skipped.</summary>
internal static class MetricInputValue
{
    public enum Kind
    {
        Skip,
        Number,
        NonFinite,
    }

    private static readonly string[] NonFiniteWords = ["nan", "inf", "infinity"];

    public static Kind Read(string? sent, out double value)
    {
        value = 0;
        var text = sent?.Trim();
        if (string.IsNullOrEmpty(text)) return Kind.Skip;   // none, or blank: leaves the stored value
        if (NonFiniteWords.Contains(text.TrimStart('+', '-'), StringComparer.OrdinalIgnoreCase)) return Kind.NonFinite;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)) return Kind.Skip;
        // A literal beyond double range (1e999) cannot be stored as a finite number.
        return double.IsFinite(value) ? Kind.Number : Kind.NonFinite;
    }
}
