using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Json.Nodes;
using FractalGoals.Api.Http;

namespace FractalGoals.FunctionalTests.Http;

/// <summary>Streaming a rendered node writes exactly the bytes the serializer would (ADR 0030), however it is drained.</summary>
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
    public async Task A_lazily_rendered_sequence_streams_as_the_array_of_its_items_rendering_each_only_when_written()
    {
        var rendered = 0;
        IEnumerable<JsonNode?> Render()
        {
            for (var i = 0; i < 3; i++)
            {
                rendered++;
                yield return i == 1 ? null : new JsonObject { ["n"] = i, ["s"] = "é\"" };
            }
        }
        var items = Render();

        var bytes = await StreamAsync(items);

        Assert.Equal(3, rendered);
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes<JsonNode>(new JsonArray([.. Render()]), Options), bytes);
    }

    [Fact]
    public async Task A_null_node_is_the_json_null()
    {
        Assert.Equal("null"u8.ToArray(), await StreamAsync((JsonNode?)null));
    }

    private static async Task<byte[]> StreamAsync(IEnumerable<JsonNode?> items)
    {
        using var stream = new MemoryStream();
        var pipe = PipeWriter.Create(stream, new StreamPipeWriterOptions(leaveOpen: true));
        await using (var writer = new Utf8JsonWriter(pipe, StreamedJsonResult.WriterOptions(Options)))
        {
            await StreamedJsonResult.WriteArrayAsync(items, writer, pipe, Options, TestContext.Current.CancellationToken);
            await writer.FlushAsync(TestContext.Current.CancellationToken);
        }
        await pipe.CompleteAsync();
        return stream.ToArray();
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
