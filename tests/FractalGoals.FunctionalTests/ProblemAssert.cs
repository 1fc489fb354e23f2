using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace FractalGoals.FunctionalTests;

/// <summary>Asserts the one error shape: RFC 9457 problem+json carrying the contract's <c>error</c> member.</summary>
public static class ProblemAssert
{
    public static async Task<JsonObject> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? error = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;
        Assert.Equal((int)status, (int?)body["status"]);
        Assert.False(string.IsNullOrEmpty((string?)body["error"]));
        Assert.Equal((string?)body["error"], (string?)body["detail"]);
        if (error is not null) Assert.Equal(error, (string?)body["error"]);
        // No type URI of a site we do not run (ADR 0039): about:blank, so the title is the status's reason phrase.
        Assert.Equal("about:blank", (string?)body["type"]);
        Assert.Equal(ReasonPhrases.GetReasonPhrase((int)status), (string?)body["title"]);
        Assert.False(string.IsNullOrEmpty((string?)body["code"]));
        var text = body.ToJsonString();
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite", text, StringComparison.OrdinalIgnoreCase);
        return body;
    }
}
