using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FractalGoals.Domain.Common;

namespace FractalGoals.Application.ReadModels;

/// <summary>Wire values of api-contract §1.5 and stored JSON parsed for output (§1.10: returned as stored).</summary>
public static class WireFormat
{
    /// <summary>The wire text of a timestamp (microseconds, the fraction only when there is one), or null.</summary>
    public static string? DateTimeText(DateTime? value)
    {
        if (value is not { } v) return null;
        var truncated = new DateTime(v.Ticks - (v.Ticks % 10), DateTimeKind.Unspecified);
        var format = truncated.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss.ffffff";
        return truncated.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Stored JSON text as a node; <paramref name="valid"/> is false when the text is absent or not JSON, or when the
    /// serializer could not write the node back (a key twice in an object, a lone surrogate escape, U+0000: refused
    /// on write by ADR 0041, so only an older row can hold one), so the response never fails after the commit.
    /// </summary>
    private static readonly JsonDocumentOptions NoDuplicateKeys = new() { AllowDuplicateProperties = false };

    public static JsonNode? Parse(string? stored, out bool valid)
    {
        valid = false;
        if (string.IsNullOrWhiteSpace(stored)) return null;
        try
        {
            if (JsonText.MayEscapeNonText(stored))
            {
                using var document = JsonDocument.Parse(stored);
                if (!JsonText.HoldsOnlyText(document.RootElement)) return null;
            }
            var node = JsonNode.Parse(stored, documentOptions: NoDuplicateKeys);
            valid = true;
            return node;
        }
        catch (Exception unreadable) when (unreadable is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Stored JSON, or <paramref name="fallback"/> when it is absent or unreadable.</summary>
    public static JsonNode? ParseOr(string? stored, Func<JsonNode?> fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        var node = Parse(stored, out var valid);
        return valid ? node : fallback();
    }
}
