using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FractalGoals.FunctionalTests.Health;

public sealed class HealthEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Health_answers_200_with_the_four_contract_keys()
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await factory.CreateClient().GetAsync(new Uri("/health", UriKind.Relative), ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(ct);
        Assert.Equal("healthy", (string?)body!["status"]);
        Assert.Equal(["database", "environment", "message", "status"], body.Select(p => p.Key).Order());
    }
}
