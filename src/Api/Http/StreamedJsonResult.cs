using System.Buffers;
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
internal sealed partial class StreamedJsonResult(WrittenJson body, int statusCode) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    internal const int FlushThreshold = 64 * 1024;

    public int? StatusCode => statusCode;

    public string ContentType => "application/json; charset=utf-8";   // what TypedResults.Json sends

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        // The first ~64 KB are held back (ADR 0041): a failure there (a stored row no writer can write, a query that
        // throws) still leaves as a clean problem, because no byte of the 200 has left.
        var pipe = new HeldPipeWriter(httpContext.Response.BodyWriter, FlushThreshold)
        {
            OnRelease = () => (httpContext.Response.StatusCode, httpContext.Response.ContentType) = (statusCode, ContentType),
        };
        var writer = new Utf8JsonWriter(pipe, WriterOptions(options));
        try
        {
            await WriteAsync(body, writer, pipe, httpContext.RequestAborted);
            await writer.FlushAsync(httpContext.RequestAborted);
            await pipe.ReleaseAsync(httpContext.RequestAborted);
        }
        catch (Exception failure) when (pipe.Released && failure is not OperationCanceledException)
        {
            // Part of the 200 has left: there is no honest way to finish it. Abort the connection (the client sees a
            // reset, never a clean end of a cut body) and log why.
            LogAborted(httpContext.RequestServices.GetRequiredService<ILogger<StreamedJsonResult>>(), failure);
            httpContext.Abort();
        }
        finally
        {
            await writer.DisposeAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A streamed response failed after its first bytes; the connection was aborted")]
    private static partial void LogAborted(ILogger logger, Exception failure);

    // Holds the body until it reaches the threshold or ends; sets the status and content type only when the first byte
    // leaves, so a failure before then is answered by the exception handler on an untouched response.
    private sealed class HeldPipeWriter(PipeWriter inner, int threshold) : PipeWriter
    {
        private ArrayBufferWriter<byte>? _held = new();

        public bool Released => _held is null;

        public override bool CanGetUnflushedBytes => true;

        public override long UnflushedBytes => _held?.WrittenCount ?? (inner.CanGetUnflushedBytes ? inner.UnflushedBytes : 0);

        public override void Advance(int bytes)
        {
            if (_held is null) inner.Advance(bytes);
            else _held.Advance(bytes);
        }

        public override Memory<byte> GetMemory(int sizeHint = 0) => _held?.GetMemory(sizeHint) ?? inner.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => _held is null ? inner.GetSpan(sizeHint) : _held.GetSpan(sizeHint);

        public override void CancelPendingFlush() => inner.CancelPendingFlush();

        public override void Complete(Exception? exception = null) => inner.Complete(exception);

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) =>
            _held is null ? inner.FlushAsync(cancellationToken)
            : _held.WrittenCount >= threshold ? ReleaseAsync(cancellationToken)
            : ValueTask.FromResult(default(FlushResult));

        public ValueTask<FlushResult> ReleaseAsync(CancellationToken cancellationToken)
        {
            if (_held is null) return inner.FlushAsync(cancellationToken);
            OnRelease?.Invoke();
            inner.Write(_held.WrittenSpan);
            _held = null;
            return inner.FlushAsync(cancellationToken);
        }

        public Action? OnRelease { get; set; }
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
