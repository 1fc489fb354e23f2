using System.IO.Pipelines;
using System.Text.Json;
using FractalGoals.Application.Common.Responses;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace FractalGoals.Api.Http;

/// <summary>
/// Writes a <see cref="WrittenJson"/> response straight into the response pipe, handing each ~64 KB on as it fills
/// (ADR 0030, ADR 0032): a 4 MB tree would otherwise sit whole in the pipe (and then in the compressor) before the
/// first byte left. The writer takes the serializer's options, so the bytes are those the serializer would write.
/// </summary>
internal sealed class StreamedJsonResult(WrittenJson body, int statusCode) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    internal const int FlushThreshold = 64 * 1024;

    public int? StatusCode => statusCode;

    public string ContentType => "application/json; charset=utf-8";   // what TypedResults.Json sends

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = ContentType;
        var pipe = httpContext.Response.BodyWriter;
        await using var writer = new Utf8JsonWriter(pipe, WriterOptions(options));
        await WriteAsync(body, writer, pipe, httpContext.RequestAborted);
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

    internal static async ValueTask WriteAsync(WrittenJson body, Utf8JsonWriter writer, PipeWriter pipe, CancellationToken cancellationToken)
    {
        await foreach (var _ in body.WriteAsync(writer, cancellationToken))
        {
            if (Unflushed(writer, pipe) < FlushThreshold) continue;
            writer.Flush();   // hands the bytes to the pipe
            await pipe.FlushAsync(cancellationToken);
        }
    }

    // The writer hands full buffers to the pipe by itself (BytesPending then starts again from zero), so what waits
    // for a flush is its pending bytes plus those already in the pipe: counting only the former let a whole body pile
    // up in the pipe unflushed (ADR 0032).
    private static long Unflushed(Utf8JsonWriter writer, PipeWriter pipe) =>
        writer.BytesPending + (pipe.CanGetUnflushedBytes ? pipe.UnflushedBytes : 0);
}
