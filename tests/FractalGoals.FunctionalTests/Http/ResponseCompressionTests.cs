using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using FractalGoals.FunctionalTests.Goals;

namespace FractalGoals.FunctionalTests.Http;

/// <summary>JSON and problem bodies are compressed when the client asks, and only then (ADR 0030).</summary>
public sealed class ResponseCompressionTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task A_tree_asked_for_compressed_comes_compressed_and_decompresses_to_the_plain_body(string encoding)
    {
        var tree = await TreeUrlAsync();
        var plain = await (await Get(tree, null)).Content.ReadAsByteArrayAsync(Ct);

        var response = await Get(tree, encoding);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var compressed = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.NotEqual(plain, compressed);
        Assert.Equal(plain, Decompress(compressed, encoding));
    }

    [Fact]
    public async Task Without_accept_encoding_the_body_is_identity()
    {
        var response = await Get(await TreeUrlAsync(), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.StartsWith("{\"id\":", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_both_are_accepted_gzip_is_chosen()
    {
        var response = await Get(await TreeUrlAsync(), "gzip, deflate, br");

        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task A_problem_body_is_compressed_too()
    {
        var response = await Get("/api/no-such-fractal/goals", "gzip");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = System.Text.Encoding.UTF8.GetString(Decompress(await response.Content.ReadAsByteArrayAsync(Ct), "gzip"));
        Assert.Contains("\"error\":\"Fractal not found\"", body, StringComparison.Ordinal);
    }

    private async Task<string> TreeUrlAsync()
    {
        var chain = await factory.CreateClient().CreateChainAsync();
        return $"/api/{chain.Root}/goals";
    }

    // A client that does not decompress, so the test sees the bytes on the wire.
    private async Task<HttpResponseMessage> Get(string url, string? acceptEncoding)
    {
        var client = factory.CreateDefaultClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (acceptEncoding is not null)
            foreach (var value in acceptEncoding.Split(',', StringSplitOptions.TrimEntries))
                request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(value));
        return await client.SendAsync(request, Ct);
    }

    private static byte[] Decompress(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "gzip" ? new GZipStream(input, CompressionMode.Decompress) : new BrotliStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
