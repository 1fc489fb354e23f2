using System.Text.Json;

namespace FractalGoals.Domain.Common;

/// <summary>
/// A client JSON document kept as the exact text that was sent (domain-rules §2.4, ADR 0015): unknown keys,
/// nesting and value types such as <c>"15"</c> survive because nothing is ever re-serialised.
/// Construction proves the text is well-formed JSON of the expected kind.
/// </summary>
public sealed record JsonText
{
    private JsonText(string raw, JsonValueKind kind) => (Raw, Kind) = (raw, kind);

    public string Raw { get; }

    public JsonValueKind Kind { get; }

    public static JsonText Parse(string? raw, string field, params JsonValueKind[] allowedKinds)
    {
        if (string.IsNullOrWhiteSpace(raw))
            throw new DomainRuleViolationException("json.empty", $"{field} must be a JSON value");
        JsonValueKind kind;
        try
        {
            using var document = JsonDocument.Parse(raw, new JsonDocumentOptions { AllowDuplicateProperties = false });
            kind = document.RootElement.ValueKind;
            if (!HoldsOnlyText(document.RootElement)) throw new JsonException("A string is not Unicode text");
        }
        catch (Exception malformed) when (malformed is JsonException or InvalidOperationException)   // a key that is not text
        {
            throw new DomainRuleViolationException("json.invalid", $"{field} is not valid JSON");
        }
        if (allowedKinds.Length > 0 && !allowedKinds.Contains(kind))
            throw new DomainRuleViolationException("json.wrong_kind", $"{field} must be a JSON {string.Join(" or ", allowedKinds.Select(k => k.ToString().ToLowerInvariant()))}");
        return new JsonText(raw, kind);
    }

    /// <summary>
    /// ADR 0041: every key and string of <paramref name="element"/> is Unicode text that every reader can write back
    /// and both stores can hold: it decodes (valid UTF-8, no lone surrogate, raw or escaped as <c>\ud800</c>) and
    /// holds no U+0000. A document that fails this is refused on write and read as "not JSON" on the way out.
    /// </summary>
    public static bool HoldsOnlyText(JsonElement element)
    {
        try
        {
            return Walk(element);
        }
        catch (InvalidOperationException)
        {
            return false;   // invalid UTF-8 or a lone surrogate escape in a key or string: no text to read
        }
    }

    private static bool Walk(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!IsText(property.Name) || !Walk(property.Value)) return false;
                }
                return true;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (!Walk(item)) return false;
                }
                return true;
            case JsonValueKind.String:
                return IsText(element.GetString()!);
            default:
                return true;
        }
    }

    /// <summary>
    /// False when stored JSON text cannot hold anything <see cref="HoldsOnlyText"/> refuses: a .NET string read from
    /// either store is valid UTF-16 and JSON forbids a raw U+0000, so only a <c>\u0000</c> or <c>\uD800</c>–<c>\uDFFF</c>
    /// escape can. Reads check that first and walk a document only when it has one (a legacy row), not on every read.
    /// </summary>
    public static bool MayEscapeNonText(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        for (var at = json.IndexOf("\\u", StringComparison.Ordinal); at >= 0 && at + 5 < json.Length; at = json.IndexOf("\\u", at + 2, StringComparison.Ordinal))
        {
            var first = char.ToUpperInvariant(json[at + 2]);
            var second = char.ToUpperInvariant(json[at + 3]);
            if ((first == 'D' && second is >= '8' and <= '9' or >= 'A' and <= 'F') || json.AsSpan(at + 2, 4).SequenceEqual("0000")) return true;
        }
        return false;
    }

    /// <summary>A name or string without U+0000 or a lone surrogate (ADR 0041).</summary>
    public static bool IsText(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Contains('\0', StringComparison.Ordinal)) return false;
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) i++;
            else if (char.IsSurrogate(value[i])) return false;
        }
        return true;
    }

    /// <summary>True for <c>[]</c>, <c>{}</c> and <c>null</c>: documents that mean "nothing".</summary>
    public bool IsEmpty
    {
        get
        {
            using var document = JsonDocument.Parse(Raw);
            var root = document.RootElement;
            return root.ValueKind switch
            {
                JsonValueKind.Array => root.GetArrayLength() == 0,
                JsonValueKind.Object => !root.EnumerateObject().Any(),
                JsonValueKind.Null => true,
                _ => false,
            };
        }
    }

    public override string ToString() => Raw;
}
