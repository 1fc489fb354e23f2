using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Json.Nodes;
using FractalGoals.Application.Common.Paging;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace FractalGoals.Api.Http;

/// <summary>
/// Writes a rendered JSON node (ADR 0022) straight into the response pipe, handing each ~64 KB on as it fills
/// (ADR 0030). The serializer writes a node as one piece, so a 4 MB tree would otherwise sit whole in the pipe
/// (and then in the compressor) before the first byte left. The bytes are the serializer's: same writer options,
/// and every leaf is written by the node itself.
/// </summary>
internal sealed class StreamedJsonResult : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    private readonly JsonNode? _value;
    private readonly JsonBody? _stream;
    private readonly int _statusCode;

    public StreamedJsonResult(JsonNode? value, int statusCode) => (_value, _statusCode) = (value, statusCode);

    /// <summary>A body written straight to the writer (ADR 0032), drained between its steps once 64 KB have gathered.</summary>
    public StreamedJsonResult(JsonBody stream, int statusCode) => (_stream, _statusCode) = (stream, statusCode);

    internal const int FlushThreshold = 64 * 1024;

    // A goal tree nests two levels per goal (object, children): deep enough for its eight levels, while a session's
    // own blobs (session_data, exercises, values) are written in one piece each, a few kilobytes at most.
    private const int WalkedDepth = 18;

    public int? StatusCode => _statusCode;

    public string ContentType => "application/json; charset=utf-8";   // what TypedResults.Json sends

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        httpContext.Response.StatusCode = _statusCode;
        httpContext.Response.ContentType = ContentType;
        var body = httpContext.Response.BodyWriter;
        await using var writer = new Utf8JsonWriter(body, WriterOptions(options));
        if (_stream is null) await WriteAsync(_value, writer, body, options, httpContext.RequestAborted);
        else await WriteBodyAsync(_stream, writer, body, httpContext.RequestAborted);
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

    internal static async ValueTask WriteBodyAsync(JsonBody stream, Utf8JsonWriter writer, PipeWriter body, CancellationToken cancellationToken)
    {
        await foreach (var _ in stream.WriteTo(writer, cancellationToken))
        {
            if (Unflushed(writer, body) < FlushThreshold) continue;
            writer.Flush();   // hands the bytes to the pipe
            await body.FlushAsync(cancellationToken);
        }
    }

    // Containers are walked here so the writer can be drained between their members; leaves (most of the nodes)
    // and the containers deep inside a node's blobs are written by the node itself, without an await each.
    internal static async ValueTask WriteAsync(JsonNode? node, Utf8JsonWriter writer, PipeWriter body, JsonSerializerOptions options, CancellationToken cancellationToken, int depth = 0)
    {
        switch (node)
        {
            case JsonObject properties when depth < WalkedDepth:
                writer.WriteStartObject();
                foreach (var property in properties)
                {
                    writer.WritePropertyName(property.Key);
                    if (property.Value is JsonObject or JsonArray) await WriteAsync(property.Value, writer, body, options, cancellationToken, depth + 1);
                    else WriteLeaf(property.Value, writer, options);
                }
                writer.WriteEndObject();
                break;
            case JsonArray items when depth < WalkedDepth:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    if (item is JsonObject or JsonArray) await WriteAsync(item, writer, body, options, cancellationToken, depth + 1);
                    else WriteLeaf(item, writer, options);
                }
                writer.WriteEndArray();
                break;
            default:
                WriteLeaf(node, writer, options);
                break;
        }
        if (Unflushed(writer, body) >= FlushThreshold)
        {
            writer.Flush();   // hands the bytes to the pipe
            await body.FlushAsync(cancellationToken);
        }
    }

    // The writer hands full buffers to the pipe by itself (BytesPending then starts again from zero), so what waits
    // for a flush is its pending bytes plus those already in the pipe: counting only the former let a whole body pile
    // up in the pipe unflushed (ADR 0032).
    private static long Unflushed(Utf8JsonWriter writer, PipeWriter body) =>
        writer.BytesPending + (body.CanGetUnflushedBytes ? body.UnflushedBytes : 0);

    private static void WriteLeaf(JsonNode? node, Utf8JsonWriter writer, JsonSerializerOptions options)
    {
        if (node is null) writer.WriteNullValue();
        else node.WriteTo(writer, options);
    }
}
