using System.Text.Json;
using System.Text.Json.Nodes;
using FractalGoals.Application.Common;

namespace FractalGoals.Api.Http;

/// <summary>
/// Reads one field of an update body as a <see cref="Patch{T}"/>: absent / present (null included) / wrongly typed
/// (api-contract §1.10). Lenient: a wrong type is kept for the validator to answer with a field-specific message.
/// <see cref="PresentFields"/> is the strict reader for bodies whose wrongly typed fields are malformed JSON.
/// </summary>
internal static class PatchReader
{
    // Serialising a non-string session_data keeps non-ASCII text readable instead of \uXXXX escapes.
    private static readonly JsonSerializerOptions Writing = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Patch<string> String(JsonObject body, string key)
    {
        if (!body.TryGetPropertyValue(key, out var node)) return Patch<string>.Absent;
        if (node is null) return Patch<string>.Of(null);
        return node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? Patch<string>.Of(value.GetValue<string>()) : Patch<string>.WrongType;
    }

    public static Patch<int?> Int(JsonObject body, string key)
    {
        if (!body.TryGetPropertyValue(key, out var node)) return Patch<int?>.Absent;
        if (node is null) return Patch<int?>.Of(null);
        return node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number)
            ? Patch<int?>.Of(number)
            : Patch<int?>.WrongType;
    }

    public static Patch<bool> Bool(JsonObject body, string key)
    {
        if (!body.TryGetPropertyValue(key, out var node)) return Patch<bool>.Absent;
        return node is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? Patch<bool>.Of(value.GetValue<bool>())
            : Patch<bool>.WrongType;
    }

    /// <summary>#20 session_data: a string's content verbatim; any other value (null included) as its JSON text.</summary>
    public static Patch<string> JsonText(JsonObject body, string key)
    {
        if (!body.TryGetPropertyValue(key, out var node)) return Patch<string>.Absent;
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String) return Patch<string>.Of(value.GetValue<string>());
        return Patch<string>.Of(node?.ToJsonString(Writing) ?? "null");
    }
}
