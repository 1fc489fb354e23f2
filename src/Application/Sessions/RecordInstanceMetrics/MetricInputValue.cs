using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

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

    public static Kind Read(JsonNode? node, out double value)
    {
        value = 0;
        if (node is not JsonValue json) return Kind.Skip;
        switch (json.GetValueKind())
        {
            case JsonValueKind.Number:
                // A literal beyond double range (1e999) cannot be stored as a finite number.
                return json.TryGetValue(out value) && double.IsFinite(value) ? Kind.Number : Kind.NonFinite;
            case JsonValueKind.String:
                var text = json.GetValue<string>().Trim();
                if (text.Length == 0) return Kind.Skip;   // blank leaves the stored value
                if (NonFiniteWords.Contains(text.TrimStart('+', '-'), StringComparer.OrdinalIgnoreCase)) return Kind.NonFinite;
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)) return Kind.Skip;
                return double.IsFinite(value) ? Kind.Number : Kind.NonFinite;
            default:
                return Kind.Skip;
        }
    }
}
