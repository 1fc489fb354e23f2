using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FractalGoals.Application.Common;
using FractalGoals.Domain.Common;
using Microsoft.AspNetCore.Http.Metadata;

namespace FractalGoals.Api.Http;

/// <summary>
/// The one reader of request bodies (ADR 0038): every endpoint with a body binds this and reads its fields from it,
/// so absent, null and a value stay distinct (api-contract §1.3, §1.10) and one rule covers a field of the wrong type:
/// <list type="bullet">
/// <item>the reader reads every field as a <see cref="Patch{T}"/>: absent, present with a value (null included), or
/// <see cref="Patch{T}.WrongType"/>;</item>
/// <item>a body is strict by default: a wrong type is a malformed body, 400 "Invalid JSON body", like JSON that does
/// not parse;</item>
/// <item><see cref="Lenient"/> keeps the wrong type in the patch instead, for the commands whose validators answer a
/// field-specific message (goal updates #8/#15, session update #20, instance update #44) and for the entries of #25,
/// whose wrongly typed ids and values count as missing.</item>
/// </list>
/// A field's type is judged by the JSON kind the contract names, the same way everywhere: a string field takes a
/// string, an int a whole JSON number (not <c>"15"</c>), a flag true or false; keys match exactly.
/// Reading the bytes (content type, charset, size, syntax) happens once, in <see cref="BindAsync"/>.
/// </summary>
internal sealed class RequestBody : IEndpointParameterMetadataProvider
{
    private readonly JsonElement _root;
    private readonly bool _lenient;

    private RequestBody(JsonElement root, bool lenient) => (_root, _lenient) = (root, lenient);

    /// <summary>The same body, with wrong types handed to the validator as <see cref="Patch{T}.WrongType"/>.</summary>
    public RequestBody Lenient => new(_root, lenient: true);

    /// <summary>
    /// Minimal APIs bind the parameter through this. No body gives null (a required parameter then fails binding: 400);
    /// a body that is not JSON, not an object or not JSON at all fails as the same problems as before (415, 400).
    /// </summary>
    public static async ValueTask<RequestBody?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestBodyDetectionFeature>()?.CanHaveBody != true) return null;
        if (!context.Request.HasJsonContentType() || !IsUtf8(context.Request.ContentType))
            throw new BadHttpRequestException("Content-Type must be application/json", StatusCodes.Status415UnsupportedMediaType);
        // The whole body is read (bounded) before anything parses it, so the request's reader is never left mid-read
        // when the answer is a refusal (issue 14: "Reading is already in progress" dropped the connection).
        var bytes = await ReadAllAsync(context.Request.Body, context.Request.ContentLength, context.RequestAborted);
        var root = Parse(bytes);
        return root.ValueKind switch
        {
            JsonValueKind.Object => new RequestBody(root, lenient: false),
            JsonValueKind.Null => null,
            _ => throw Invalid("The body must be a JSON object"),
        };
    }

    /// <summary>
    /// Parses a body by ADR 0041's rule: well-formed JSON at most 64 deep, no key twice in one object, and every
    /// string and key Unicode text that both stores can hold (valid UTF-8, no lone surrogate, escaped or not, no
    /// U+0000). Anything else is 400 "Invalid JSON body".
    /// </summary>
    internal static JsonElement Parse(ReadOnlyMemory<byte> bytes)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes, DocumentOptions);
            if (!JsonText.HoldsOnlyText(document.RootElement)) throw Invalid("A string is not Unicode text");
            return document.RootElement.Clone();
        }
        catch (Exception malformed) when (malformed is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: the duplicate-key check could not read a key (a lone surrogate escape).
            throw Invalid(malformed.Message, malformed);
        }
    }

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64, AllowDuplicateProperties = false };

    // No charset, or UTF-8 (RFC 8259 §8.1: JSON exchanged between systems is UTF-8); any other charset is refused
    // rather than guessed (a bogus one used to reach the serializer's transcoder and answer 500).
    private static bool IsUtf8(string? contentType)
    {
        if (!Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)) return false;
        var charset = media.Charset.HasValue ? media.Charset.Value.Trim('"') : null;
        return charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<byte[]> ReadAllAsync(Stream body, long? declaredLength, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream((int)Math.Clamp(declaredLength ?? 0, 0, HttpSetup.MaxBodyBytes));
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > HttpSetup.MaxBodyBytes)
                throw new BadHttpRequestException("Request body too large", StatusCodes.Status413PayloadTooLarge);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>The one refusal of a malformed body: 400 "Invalid JSON body" (ApiExceptionHandler).</summary>
    internal static BadHttpRequestException Invalid(string reason, Exception? inner = null) =>
        inner is null ? new BadHttpRequestException(reason, StatusCodes.Status400BadRequest) : new BadHttpRequestException(reason, StatusCodes.Status400BadRequest, inner);

    /// <summary>Documents the JSON body for OpenAPI and marks the route as body-taking in the endpoint data.</summary>
    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        ArgumentNullException.ThrowIfNull(builder);
        var optional = new NullabilityInfoContext().Create(parameter).ReadState == NullabilityState.Nullable;
        builder.Metadata.Add(new AcceptsMetadata(["application/json"], typeof(JsonObject), optional));
    }

    /// <summary>The body's exact text, for a body that is itself a client JSON blob: a posted goal target (ADR 0015, 0050).</summary>
    public string Raw => _root.GetRawText();

    /// <summary>A field converted to <typeparamref name="T"/> (a string, int?, bool, a list of input records…).</summary>
    public Patch<T> Field<T>(string key)
    {
        if (!_root.TryGetProperty(key, out var value)) return Patch<T>.Absent;
        try
        {
            return Patch<T>.Of(value.Deserialize<T>(Options));
        }
        catch (JsonException)
        {
            return WrongType<T>();
        }
    }

    /// <summary>A field whose absence and null mean the same (most create bodies): its value, or default.</summary>
    public T? Value<T>(string key) => Field<T>(key).Value;

    /// <summary>A field that cannot be null (a flag, a list): a present null is a wrong type.</summary>
    public Patch<T> NonNull<T>(string key) =>
        _root.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.Null ? WrongType<T>() : Field<T>(key);

    /// <summary>
    /// A client JSON blob as the exact text sent (ADR 0015); a JSON null is <c>Of(null)</c>. With
    /// <paramref name="kinds"/>, a value of another kind is a wrong type.
    /// </summary>
    public Patch<string> Json(string key, params JsonValueKind[] kinds)
    {
        if (!_root.TryGetProperty(key, out var value)) return Patch<string>.Absent;
        if (kinds.Length > 0 && !kinds.Contains(value.ValueKind)) return WrongType<string>();
        return Patch<string>.Of(value.ValueKind == JsonValueKind.Null ? null : value.GetRawText());
    }

    /// <summary>
    /// A JSON string's content verbatim, any other value (null: <c>Of(null)</c>) serialised compactly with unescaped
    /// text: #19/#20 session_data ("an object is serialised"), #25 a metric value (a number or a numeric string).
    /// With <paramref name="kinds"/>, a value of another kind is a wrong type.
    /// </summary>
    public Patch<string> TextOrJson(string key, params JsonValueKind[] kinds)
    {
        if (!_root.TryGetProperty(key, out var value)) return Patch<string>.Absent;
        if (kinds.Length > 0 && !kinds.Contains(value.ValueKind)) return WrongType<string>();
        return Patch<string>.Of(value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => null,
            _ => JsonNode.Parse(value.GetRawText())!.ToJsonString(Options),
        });
    }

    /// <summary>A sent null kept as the text <c>null</c>, for blobs that store it as sent (#20 session_data, #38, #44 sets; Q-37).</summary>
    public static Patch<string> NullAsText(Patch<string> patch) => patch is { IsPresent: true, IsWrongType: false, Value: null } ? Patch<string>.Of("null") : patch;

    /// <summary>A list of objects (nulls kept as null); anything else is a wrong type.</summary>
    public Patch<IReadOnlyList<RequestBody?>> Objects(string key)
    {
        if (!_root.TryGetProperty(key, out var value)) return Patch<IReadOnlyList<RequestBody?>>.Absent;
        if (value.ValueKind == JsonValueKind.Null) return Patch<IReadOnlyList<RequestBody?>>.Of(null);
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null)))
            return WrongType<IReadOnlyList<RequestBody?>>();
        return Patch<IReadOnlyList<RequestBody?>>.Of(
            [.. value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? null : new RequestBody(e, _lenient))]);
    }

    // The rule in one place: a strict body refuses the whole request, a lenient one lets the validator name the field.
    private Patch<T> WrongType<T>() => _lenient ? Patch<T>.WrongType : throw Invalid("A field has the wrong type");

    // The API's wire conventions (snake_case, wire dates), judged strictly: no numbers from strings, exact key names.
    private static readonly JsonSerializerOptions Options = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        HttpSetup.Configure(options);
        options.NumberHandling = JsonNumberHandling.Strict;
        options.PropertyNameCaseInsensitive = false;
        options.AllowDuplicateProperties = false;
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
