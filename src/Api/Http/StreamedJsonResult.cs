using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace FractalGoals.Api.Http;

/// <summary>
/// Writes a rendered JSON node (ADR 0022) straight into the response pipe, handing each ~32 KB on as it fills
/// (ADR 0030). The serializer writes a node as one piece, so a 4 MB tree would otherwise sit whole in the pipe
/// (and then in the compressor) before the first byte left. The bytes are the serializer's: same writer options,
/// and every leaf is written by the node itself.
/// </summary>
internal sealed class StreamedJsonResult(JsonNode? value, int statusCode) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    private const int FlushThreshold = 32 * 1024;

    public int? StatusCode => statusCode;

    public string ContentType => "application/json; charset=utf-8";   // what TypedResults.Json sends

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = ContentType;
        var body = httpContext.Response.BodyWriter;
        await using var writer = new Utf8JsonWriter(body, WriterOptions(options));
        await WriteAsync(value, writer, body, options, httpContext.RequestAborted);
        await writer.FlushAsync(httpContext.RequestAborted);
    }

    /// <summary>The options <see cref="JsonSerializer"/> derives from <paramref name="options"/> for its own writer.</summary>
    internal static JsonWriterOptions WriterOptions(JsonSerializerOptions options) => new()
    {
        Encoder = options.Encoder,
        Indented = options.WriteIndented,
        IndentCharacter = options.IndentCharacter,
        IndentSize = options.IndentSize,
        NewLine = options.NewLine,
        MaxDepth = options.MaxDepth == 0 ? 64 : options.MaxDepth,
        SkipValidation = true,
    };

    // Containers are walked here so the writer can be drained between children; leaves write themselves.
    internal static async ValueTask WriteAsync(JsonNode? node, Utf8JsonWriter writer, PipeWriter body, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject properties:
                writer.WriteStartObject();
                foreach (var (name, child) in properties)
                {
                    writer.WritePropertyName(name);
                    await WriteAsync(child, writer, body, options, cancellationToken);
                }
                writer.WriteEndObject();
                break;
            case JsonArray items:
                writer.WriteStartArray();
                foreach (var item in items) await WriteAsync(item, writer, body, options, cancellationToken);
                writer.WriteEndArray();
                break;
            default:
                node.WriteTo(writer, options);
                break;
        }
        if (writer.BytesPending >= FlushThreshold)
        {
            writer.Flush();   // hands the bytes to the pipe
            await body.FlushAsync(cancellationToken);
        }
    }
}
