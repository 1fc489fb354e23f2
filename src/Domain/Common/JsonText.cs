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
            using var document = JsonDocument.Parse(raw);
            kind = document.RootElement.ValueKind;
        }
        catch (JsonException)
        {
            throw new DomainRuleViolationException("json.invalid", $"{field} is not valid JSON");
        }
        if (allowedKinds.Length > 0 && !allowedKinds.Contains(kind))
            throw new DomainRuleViolationException("json.wrong_kind", $"{field} must be a JSON {string.Join(" or ", allowedKinds.Select(k => k.ToString().ToLowerInvariant()))}");
        return new JsonText(raw, kind);
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
