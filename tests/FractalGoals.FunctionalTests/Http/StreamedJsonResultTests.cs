using System.IO.Pipelines;
using System.Text.Json;
using FractalGoals.Api.Http;
using FractalGoals.Application.Common.Responses;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FractalGoals.FunctionalTests.Http;

/// <summary>
/// A written response (ADR 0032, ADR 0040) leaves in pieces as it is written, with the serializer's bytes; a failure
/// while writing is a clean problem before the first bytes leave and an aborted connection after (ADR 0041).
/// </summary>
public sealed class StreamedJsonResultTests
{
    private static readonly JsonSerializerOptions Options = WireOptions();

    [Fact]
    public async Task A_written_list_is_written_as_it_is_enumerated_and_handed_on_in_pieces()
    {
        var padding = new string('é', 200) + " \"quoted\" <b>";
        var written = 0;
        IEnumerable<Item> Items()
        {
            for (var i = 0; i < 4000; i++)
            {
                written++;
                yield return new Item(i, padding);
            }
        }
        var expected = JsonSerializer.SerializeToUtf8Bytes(Enumerable.Range(0, 4000).Select(i => new { n = i, s = padding }), Options);
        using var target = new MemoryStream();
        var pipe = new FlushCountingWriter(PipeWriter.Create(target, new StreamPipeWriterOptions(leaveOpen: true)));

        await using (var writer = new Utf8JsonWriter(pipe, StreamedJsonResult.WriterOptions(Options)))
        {
            await StreamedJsonResult.WriteAsync(new WrittenList<Item>(Items()), writer, pipe, TestContext.Current.CancellationToken);
            await writer.FlushAsync(TestContext.Current.CancellationToken);
        }
        await pipe.CompleteAsync();

        Assert.Equal(4000, written);
        Assert.Equal(expected, target.ToArray());   // the serializer's bytes: same encoder and options
        Assert.True(expected.Length > 8 * StreamedJsonResult.FlushThreshold, "the body spans several flushes");
        // Flushed every ~64 KB: the writer hands full buffers to the pipe on its own, and those count as waiting too.
        Assert.InRange(pipe.Flushes, expected.Length / (2 * StreamedJsonResult.FlushThreshold), int.MaxValue);
        Assert.InRange(pipe.MostUnflushed, 0, 2 * StreamedJsonResult.FlushThreshold);
    }

    [Fact]
    public async Task A_failure_in_the_first_64_KB_leaves_the_response_untouched_for_the_exception_handler()
    {
        var (context, body, lifetime) = Context();

        await Assert.ThrowsAsync<InvalidOperationException>(() => new StreamedJsonResult(new FailingAfter(10_000), 200).ExecuteAsync(context));

        Assert.Equal(0, body.Length);               // nothing left: the handler answers a clean 500 problem
        Assert.Null(context.Response.ContentType);
        Assert.False(lifetime.Aborted);
    }

    [Fact]
    public async Task A_failure_after_the_first_bytes_left_aborts_the_connection_instead_of_ending_a_cut_200()
    {
        var (context, body, lifetime) = Context();

        await new StreamedJsonResult(new FailingAfter(400_000), 200).ExecuteAsync(context);

        Assert.True(lifetime.Aborted);
        Assert.InRange(body.Length, StreamedJsonResult.FlushThreshold, 400_000);
        Assert.Equal("application/json; charset=utf-8", context.Response.ContentType);
    }

    [Fact]
    public async Task A_body_that_does_not_fail_is_sent_whole_with_its_status()
    {
        var (context, body, lifetime) = Context();

        await new StreamedJsonResult(new FailingAfter(null), 201).ExecuteAsync(context);
        await context.Response.BodyWriter.FlushAsync(TestContext.Current.CancellationToken);

        Assert.False(lifetime.Aborted);
        Assert.Equal(201, context.Response.StatusCode);
        Assert.Equal(200, JsonDocument.Parse(body.ToArray()).RootElement.GetArrayLength());
    }

    private static (DefaultHttpContext Context, MemoryStream Body, AbortRecorder Lifetime) Context()
    {
        var services = new ServiceCollection().AddLogging().Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o => HttpSetup.Configure(o.SerializerOptions));
        var body = new MemoryStream();
        var lifetime = new AbortRecorder();
        var context = new DefaultHttpContext { RequestServices = services.BuildServiceProvider() };
        context.Response.Body = body;
        context.Features.Set<Microsoft.AspNetCore.Http.Features.IHttpRequestLifetimeFeature>(lifetime);
        return (context, body, lifetime);
    }

    // 200 strings of 2 KB, failing once more than failAt bytes are written (a stored row no writer can write).
    private sealed class FailingAfter(int? failAt) : WrittenJson
    {
        public override async IAsyncEnumerable<bool> WriteAsync(Utf8JsonWriter writer, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            writer.WriteStartArray();
            var written = 0;
            for (var i = 0; i < 200; i++)
            {
                if (written > failAt) throw new InvalidOperationException("a row no writer can write");
                writer.WriteStringValue(new string('x', 2048));
                written += 2051;
                await Task.Yield();
                yield return true;
            }
            writer.WriteEndArray();
        }
    }

    private sealed class AbortRecorder : Microsoft.AspNetCore.Http.Features.IHttpRequestLifetimeFeature
    {
        public bool Aborted { get; private set; }

        public CancellationToken RequestAborted { get; set; }

        public void Abort() => Aborted = true;
    }

    private sealed class Item(int n, string s) : WrittenJson
    {
        public override IAsyncEnumerable<bool> WriteAsync(Utf8JsonWriter writer, CancellationToken cancellationToken)
        {
            writer.WriteStartObject();
            writer.WriteNumber("n", n);
            writer.WriteString("s", s);
            writer.WriteEndObject();
            return AsyncEnumerable.Repeat(true, 1);
        }
    }

    private sealed class FlushCountingWriter(PipeWriter inner) : PipeWriter
    {
        public int Flushes { get; private set; }

        public long MostUnflushed { get; private set; }

        public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

        public override long UnflushedBytes => inner.UnflushedBytes;

        public override void Advance(int bytes) => inner.Advance(bytes);

        public override Memory<byte> GetMemory(int sizeHint = 0) => inner.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => inner.GetSpan(sizeHint);

        public override void CancelPendingFlush() => inner.CancelPendingFlush();

        public override void Complete(Exception? exception = null) => inner.Complete(exception);

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
        {
            Flushes++;
            MostUnflushed = Math.Max(MostUnflushed, inner.UnflushedBytes);
            return inner.FlushAsync(cancellationToken);
        }
    }

    private static JsonSerializerOptions WireOptions()
    {
        var options = new JsonSerializerOptions();
        HttpSetup.Configure(options);
        return options;
    }
}
