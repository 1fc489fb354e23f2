using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FractalGoals.FunctionalTests.Contract;

/// <summary>Every endpoint of the contract is served — found in the app's route table and reached by a request.</summary>
public sealed class ContractCoverageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public static TheoryData<ContractEndpoint> Endpoints => [.. ContractEndpoints.All];

    [Fact]
    public void The_contract_index_lists_the_54_endpoints_numbered_1_to_54()
    {
        Assert.Equal(Enumerable.Range(1, 54), ContractEndpoints.All.Select(e => e.Number));
    }

    [Fact]
    public void Every_contract_endpoint_is_in_the_apps_route_table()
    {
        using var client = factory.CreateClient();   // builds the host
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {ContractEndpoints.Shape("/" + e.RoutePattern.RawText!.TrimStart('/'))}"))
            .ToHashSet(StringComparer.Ordinal);

        var missing = ContractEndpoints.All.Where(e => !routes.Contains($"{e.Method} {ContractEndpoints.Shape(e.Path)}")).ToList();

        Assert.True(missing.Count == 0, "Contract endpoints without a route: " + string.Join(", ", missing));
    }

    /// <summary>
    /// A request with ids that name nothing must reach the endpoint's own handler: a 405 or the router's generic
    /// "Not found" would mean another route (e.g. <c>{group_id}</c> over <c>reorder</c>) or none took it.
    /// </summary>
    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_request_to_the_contract_route_reaches_its_endpoint(ContractEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        using var client = factory.CreateClient();
        var path = endpoint.Path.Replace("{root_id}", "contract-probe-root", StringComparison.Ordinal);
        path = ContractEndpoints.Shape(path).Replace("{}", "contract-probe", StringComparison.Ordinal);
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), path);
        if (endpoint.Method is "POST" or "PUT" or "PATCH")
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.NotEqual(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
            Assert.NotEqual("Not found", (string?)problem["error"]);
        }
    }
}
