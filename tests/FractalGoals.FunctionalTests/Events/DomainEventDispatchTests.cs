using System.Net;
using FractalGoals.Application.Goals.Events;
using Mediator;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static FractalGoals.FunctionalTests.Goals.GoalApi;

namespace FractalGoals.FunctionalTests.Events;

/// <summary>The generated mediator delivers a command's domain events to their handlers before the commit (ADR 0037).</summary>
public sealed class DomainEventDispatchTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private HttpClient ClientWith(GoalCompletedProbe probe) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<INotificationHandler<GoalCompletedNotification>>(probe))).CreateClient();

    [Fact]
    public async Task Completing_a_goal_delivers_GoalCompleted_to_its_handlers_once()
    {
        var probe = new GoalCompletedProbe(refuse: false);
        var client = ClientWith(probe);
        var chain = await client.CreateChainAsync();

        var response = await client.SendJsonAsync(HttpMethod.Patch, $"/api/{chain.Root}/goals/{chain.MidTerm}/complete", """{"completed": true}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var completed = Assert.Single(probe.Received);
        Assert.Equal((chain.MidTerm, chain.Root), (completed.GoalId.Value, completed.RootId.Value));
    }

    [Fact]
    public async Task A_handler_that_refuses_answers_its_rule_and_the_goal_stays_open()
    {
        var probe = new GoalCompletedProbe(refuse: true);
        var client = ClientWith(probe);
        var chain = await client.CreateChainAsync();

        var response = await client.SendJsonAsync(HttpMethod.Patch, $"/api/{chain.Root}/goals/{chain.MidTerm}/complete", """{"completed": true}""");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "The probe refuses this completion");
        Assert.Single(probe.Received);
        var tree = await client.GetObjectAsync($"/api/{chain.Root}/goals");
        Assert.All(Flatten(tree), node => Assert.False((bool)node["attributes"]!["completed"]!));
    }
}
