using System.Text.Json;
using FractalGoals.Application.Common;

namespace FractalGoals.Api.Http;

/// <summary>
/// Reads an update body field by field so "absent" and "present with null" stay distinct (api-contract §1.3,
/// §1.10). A wrongly typed value or a body that is not an object fails like malformed JSON (400).
/// </summary>
internal static class PresentFields
{
    public static void EnsureObject(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object) throw new JsonException("The body must be a JSON object");
    }

    public static bool Has(JsonElement body, string key) => body.TryGetProperty(key, out _);

    /// <summary>The value converted with the API's JSON options; default when absent.</summary>
    public static T? Get<T>(JsonElement body, string key, JsonSerializerOptions options) =>
        body.TryGetProperty(key, out var value) ? value.Deserialize<T>(options) : default;

    /// <summary>The field as a <see cref="Patch{T}"/>: absent, or present with its converted value (null included).</summary>
    public static Patch<T> Field<T>(JsonElement body, string key, JsonSerializerOptions options) =>
        body.TryGetProperty(key, out var value) ? Patch<T>.Of(value.Deserialize<T>(options)) : Patch<T>.Absent;

    /// <summary>A present value the field cannot be null for (flags, lists): null or absent → default.</summary>
    public static T? GetNonNull<T>(JsonElement body, string key, JsonSerializerOptions options)
        where T : class
    {
        if (!body.TryGetProperty(key, out var value)) return null;
        if (value.ValueKind == JsonValueKind.Null) throw new JsonException($"{key} must not be null");
        return value.Deserialize<T>(options);
    }

    /// <summary>A present flag; null is a wrong type (a flag is true or false).</summary>
    public static bool? Flag(JsonElement body, string key) =>
        body.TryGetProperty(key, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw new JsonException($"{key} must be true or false"),
            }
            : null;

    /// <summary>The exact JSON text the client sent for the key (stored verbatim); null when absent.</summary>
    public static string? RawText(JsonElement body, string key) =>
        body.TryGetProperty(key, out var value) ? value.GetRawText() : null;
}
