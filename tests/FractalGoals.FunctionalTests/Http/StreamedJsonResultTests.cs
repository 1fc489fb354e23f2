using System.IO.Pipelines;
using System.Text.Json;
using FractalGoals.Api.Http;
using FractalGoals.Application.Common.Responses;

namespace FractalGoals.FunctionalTests.Http;

/// <summary>A written response (ADR 0032, ADR 0040) leaves in pieces as it is written, with the serializer's bytes.</summary>
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
