using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FractalGoals.FunctionalTests.Contract;

/// <summary>
/// The existing client must see no change but added fields (issue 15): its journey is replayed and every answer
/// compared with <c>client-journey.json</c>, recorded from main before the first additive change (c300a96).
/// To re-record on purpose, set <c>FRACTALGOALS_RECORD_CLIENT_JOURNEY</c> to the file to write; the test then fails,
/// so that a recording is never mistaken for a pass.
/// </summary>
public sealed class ClientJourneyTests
{
    private const string RecordVariable = "FRACTALGOALS_RECORD_CLIENT_JOURNEY";

    [Fact]
    public async Task The_client_journey_answers_as_recorded_up_to_added_fields()
    {
        var steps = await RunJourneyAsync();

        if (Environment.GetEnvironmentVariable(RecordVariable) is { Length: > 0 } target)
        {
            var numbering = new Dictionary<string, int>();
            var recording = new JsonArray([.. steps.Select(s => new JsonObject
            {
                ["route"] = s.Route, ["status"] = s.Status, ["body"] = AddedFieldsOnly.Normalize(s.Body, numbering),
            })]);
            await File.WriteAllTextAsync(target, recording.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n", TestContext.Current.CancellationToken);
            Assert.Fail($"recorded {steps.Count} steps to {target}; unset {RecordVariable} to compare");
        }

        var recorded = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Contract", "client-journey.json"), TestContext.Current.CancellationToken))!.AsArray();
        var differences = new List<string>();
        var ids = new IdMapping();
        Assert.Equal(recorded.Select(r => (string?)r!["route"]), steps.Select(s => s.Route));
        for (var i = 0; i < steps.Count; i++)
        {
            var (was, now) = (recorded[i]!, steps[i]);
            if ((int)was["status"]! != now.Status) differences.Add($"#{i} {now.Route}: status {was["status"]}, now {now.Status}");
            AddedFieldsOnly.Compare(was["body"], now.Body, ids, $"#{i} {now.Route} $", differences);
        }
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Fact]
    public async Task The_journey_is_the_same_on_every_run()
    {
        var (first, second) = (await RunJourneyAsync(), await RunJourneyAsync());

        var differences = new List<string>();
        var ids = new IdMapping();
        var numbering = new Dictionary<string, int>();
        for (var i = 0; i < first.Count; i++)
            AddedFieldsOnly.Compare(AddedFieldsOnly.Normalize(first[i].Body, numbering), second[i].Body, ids, $"#{i} {first[i].Route} $", differences);
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    // A database of its own each time: the global lists (/api/goals, /api/practice-sessions) would show another run's rows.
    private static async Task<List<JourneyStep>> RunJourneyAsync()
    {
        var clock = new JourneyClock();
        await using var factory = new ApiFactory();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        using var client = app.CreateClient();
        var journey = new ClientJourney(client, clock);
        await journey.RunAsync();
        return journey.Steps;
    }
}
