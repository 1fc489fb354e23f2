using System.Text.Json;

namespace FractalGoals.Application.ReadModels;

/// <summary>Stored JSON text as a pooled document, read as <see cref="WireFormat.Parse"/> reads it (ADR 0032). Dispose it.</summary>
internal static class StoredJson
{
    /// <summary>The document, or null when the text is absent, blank or not JSON.</summary>
    public static JsonDocument? Parse(string? stored)
    {
        if (string.IsNullOrWhiteSpace(stored)) return null;
        try
        {
            return JsonDocument.Parse(stored);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
