using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Json.Nodes;
using FractalGoals.Api.Http;
using FractalGoals.Application.Common.Paging;

namespace FractalGoals.FunctionalTests.Http;

/// <summary>Streaming a rendered node writes exactly the bytes the serializer would (ADR 0030), however it is drained; a written body (ADR 0032) leaves in pieces.</summary>
public sealed class StreamedJsonResultTests
{
    private static readonly JsonSerializerOptions Options = WireOptions();

    public static TheoryData<string> Nodes() =>
    [
        """{"id":"a","name":"Ünïcödé – “quotes” <tag> & 'apos' \\ \/ \u0001 😀","n":null,"t":true,"x":-1.5e3,"big":12345678901234567890,"empty":{},"list":[]}""",
        """[{"a":[1,2,[3,{"b":null}]],"s":"line\nbreak\ttab"},null,"x",0.1]""",
        "\"just a string\"",
        string.Concat(Enumerable.Repeat("{\"children\":[", 20)) + "{\"deep\":[1,{\"x\":null}]}" + string.Concat(Enumerable.Repeat("]}", 20)),
        "42",
    ];

    [Theory]
    [MemberData(nameof(Nodes))]
    public async Task Parsed_nodes_stream_to_the_serializer_s_bytes(string json)
    {
        var node = JsonNode.Parse(json);

        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(node, Options), await StreamAsync(node));
    }

    [Fact]
    public async Task Built_nodes_larger_than_many_flushes_stream_to_the_serializer_s_bytes()
    {
        var sessions = new JsonArray();
        for (var i = 0; i < 4000; i++)
        {
            sessions.Add(new JsonObject
            {
                ["id"] = $"session-{i}",
                ["name"] = $"Séance {i} \"quoted\" <b>",
                ["attributes"] = new JsonObject { ["duration_minutes"] = i, ["completed"] = i % 2 == 0, ["deadline"] = null, ["value"] = i / 3.0 },
                ["children"] = new JsonArray(JsonNode.Parse("""{"sections":[{"activity_ids":["x","y"]}]}"""), new JsonArray()),
            });
        }
        var expected = JsonSerializer.SerializeToUtf8Bytes<JsonNode>(sessions, Options);
        using var stream = new CountingStream();

        Assert.Equal(expected, await StreamAsync(sessions, stream));
        Assert.True(expected.Length > 8 * StreamedJsonResult.FlushThreshold, "the body spans several flushes");
        Assert.InRange(stream.Writes, expected.Length / (2 * StreamedJsonResult.FlushThreshold), int.MaxValue);   // handed on in pieces, not as one buffer
    }

    [Fact]
    public async Task A_written_stream_is_written_as_it_is_enumerated_and_handed_on_in_pieces()
    {
        var padding = new string('é', 200) + " \"quoted\" <b>";
        var written = 0;
        IEnumerable<bool> Item(int i, Utf8JsonWriter writer)
        {
            written++;
            writer.WriteStartObject();
            writer.WriteNumber("n", i);
            writer.WriteString("s", padding);
            writer.WriteEndObject();
            yield return true;
        }
        var expected = JsonSerializer.SerializeToUtf8Bytes<JsonNode>(
            new JsonArray([.. Enumerable.Range(0, 4000).Select(i => (JsonNode)new JsonObject { ["n"] = i, ["s"] = padding })]), Options);
        using var target = new MemoryStream();
        var pipe = new FlushCountingWriter(PipeWriter.Create(target, new StreamPipeWriterOptions(leaveOpen: true)));

        await using (var writer = new Utf8JsonWriter(pipe, StreamedJsonResult.WriterOptions(Options)))
        {
            await StreamedJsonResult.WriteBodyAsync(JsonBody.Array(Enumerable.Range(0, 4000), Item), writer, pipe, TestContext.Current.CancellationToken);
            await writer.FlushAsync(TestContext.Current.CancellationToken);
        }
        await pipe.CompleteAsync();

        Assert.Equal(4000, written);
        Assert.Equal(expected, target.ToArray());
        Assert.True(expected.Length > 8 * StreamedJsonResult.FlushThreshold, "the body spans several flushes");
        // Flushed every ~64 KB: the writer hands full buffers to the pipe on its own, and those count as waiting too.
        Assert.InRange(pipe.Flushes, expected.Length / (2 * StreamedJsonResult.FlushThreshold), int.MaxValue);
        Assert.InRange(pipe.MostUnflushed, 0, 2 * StreamedJsonResult.FlushThreshold);
    }

    [Fact]
    public async Task A_null_node_is_the_json_null()
    {
        Assert.Equal("null"u8.ToArray(), await StreamAsync((JsonNode?)null));
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

    private static async Task<byte[]> StreamAsync(JsonNode? node, MemoryStream? target = null)
    {
        using var owned = target is null ? new MemoryStream() : null;
        var stream = target ?? owned!;
        var pipe = PipeWriter.Create(stream, new StreamPipeWriterOptions(leaveOpen: true));
        await using (var writer = new Utf8JsonWriter(pipe, StreamedJsonResult.WriterOptions(Options)))
        {
            await StreamedJsonResult.WriteAsync(node, writer, pipe, Options, TestContext.Current.CancellationToken);
            await writer.FlushAsync(TestContext.Current.CancellationToken);
        }
        await pipe.CompleteAsync();
        return stream.ToArray();
    }

    private sealed class CountingStream : MemoryStream
    {
        public int Writes { get; private set; }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Writes++;
            return base.WriteAsync(buffer, cancellationToken);
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes++;
            base.Write(buffer, offset, count);
        }
    }

    private static JsonSerializerOptions WireOptions()
    {
        var options = new JsonSerializerOptions();
        HttpSetup.Configure(options);
        return options;
    }
}
