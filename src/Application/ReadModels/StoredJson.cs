using System.Text.Json;
using FractalGoals.Domain.Common;

namespace FractalGoals.Application.ReadModels;

/// <summary>Stored JSON text as a pooled document, read as <see cref="WireFormat.Parse"/> reads it (ADR 0032). Dispose it.</summary>
internal static class StoredJson
{
    /// <summary>
    /// The document, or null when the text is absent, blank or not JSON — or holds a string no writer can write back
    /// (a lone surrogate escape, U+0000: refused on write since ADR 0041, read as "not JSON" if an older row has one),
    /// so a read never fails half-way through a body.
    /// </summary>
    public static JsonDocument? Parse(string? stored)
    {
        if (string.IsNullOrWhiteSpace(stored)) return null;
        try
        {
            var document = JsonDocument.Parse(stored);
            if (!JsonText.MayEscapeNonText(stored) || JsonText.HoldsOnlyText(document.RootElement)) return document;
            document.Dispose();
            return null;
        }
        catch (Exception unreadable) when (unreadable is JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
