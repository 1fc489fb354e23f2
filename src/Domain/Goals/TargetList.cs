using System.Text.Json;

namespace FractalGoals.Domain.Goals;

/// <summary>
/// The <c>targets</c> column as a list of element texts (ADR 0050): each element's raw text is cut out of the stored
/// array and joined back unchanged, so adding or removing one target never rewrites another.
/// </summary>
internal static class TargetList
{
    public sealed record Element(string? Id, string Raw);

    /// <summary>The stored elements (none for NULL); null when the column holds something that is not a JSON array.</summary>
    public static IReadOnlyList<Element>? Read(string? stored)
    {
        if (stored is null) return [];
        try
        {
            using var document = JsonDocument.Parse(stored);
            if (document.RootElement.ValueKind != JsonValueKind.Array) return null;
            return [.. document.RootElement.EnumerateArray().Select(e => new Element(IdOf(e), e.GetRawText()))];
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The column for these elements: NULL for none (§8.1), else a JSON array of the texts as they are.</summary>
    public static string? Write(IReadOnlyList<string> elements) => elements.Count == 0 ? null : "[" + string.Join(",", elements) + "]";

    private static string? IdOf(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
}
