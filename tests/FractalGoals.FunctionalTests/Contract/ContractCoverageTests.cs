using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FractalGoals.FunctionalTests.Contract;

/// <summary>
/// Every endpoint of the contract, and every one of ours in docs/api-additions.md, is served — found in the app's
/// route table and reached by a request; and the app serves no /api route that neither lists.
/// </summary>
public sealed class ContractCoverageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    // This suite runs the default (Local) mode, which serves no /api/auth route; AccountsContractCoverageTests covers them.
    public static TheoryData<ContractEndpoint> Endpoints => [.. ContractEndpoints.Served(accounts: false)];

    [Fact]
    public void The_contract_index_lists_the_54_endpoints_numbered_1_to_54()
    {
        Assert.Equal(Enumerable.Range(1, 54), ContractEndpoints.All.Select(e => e.Number));
    }

    [Fact]
    public void The_additions_page_numbers_its_routes_from_1_and_names_none_of_the_contracts()
    {
        Assert.Equal(Enumerable.Range(1, ContractEndpoints.Additions.Count), ContractEndpoints.Additions.Select(e => e.Number));
        var contract = ContractEndpoints.All.Select(Key).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(ContractEndpoints.Additions, e => contract.Contains(Key(e)));
        Assert.Equal(ContractEndpoints.Additions.Count, ContractEndpoints.Additions.Select(Key).Distinct().Count());
    }

    [Fact]
    public void Every_contract_endpoint_and_every_addition_is_in_the_apps_route_table()
    {
        var routes = Routes();

        var missing = ContractEndpoints.Served(accounts: false).Where(e => !routes.Contains(Key(e))).ToList();

        Assert.True(missing.Count == 0, "Listed endpoints without a route: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_api_route_of_the_app_is_in_the_contract_or_on_the_additions_page()
    {
        var listed = ContractEndpoints.All.Concat(ContractEndpoints.Additions).Select(Key).ToHashSet(StringComparer.Ordinal);

        var unlisted = Routes().Where(r => r.Contains(" /api/", StringComparison.Ordinal) && !listed.Contains(r)).Order(StringComparer.Ordinal).ToList();

        Assert.True(unlisted.Count == 0, "Routes in neither the contract nor docs/api-additions.md: " + string.Join(", ", unlisted));
    }

    [Fact]
    public void No_route_marked_for_accounts_mode_is_served_in_local_mode()
    {
        var routes = Routes();

        Assert.Contains(ContractEndpoints.Additions, e => e.AccountsOnly);
        Assert.DoesNotContain(ContractEndpoints.Additions.Where(e => e.AccountsOnly), e => routes.Contains(Key(e)));
    }

    internal static string Key(ContractEndpoint endpoint) => $"{endpoint.Method} {ContractEndpoints.Shape(endpoint.Path)}";

    private HashSet<string> Routes() =>
        AppRoutes.Of(factory).Select(r => $"{r.Method} {ContractEndpoints.Shape("/" + r.Pattern.TrimStart('/'))}").ToHashSet(StringComparer.Ordinal);

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
