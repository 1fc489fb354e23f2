using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using static FractalGoals.FunctionalTests.Activities.ActivityApi;

namespace FractalGoals.FunctionalTests.Activities;

public sealed partial class ActivityEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string SingleLegSquat = """
        {"name": "Single Leg Squat", "description": "", "metrics": [{"name": "Reps", "unit": "Count",
         "is_top_set_metric": false, "is_multiplicative": true}], "splits": [{"name": "Left"}, {"name": "Right"}],
         "has_sets": true, "has_metrics": true, "metrics_multiplicative": false, "has_splits": true, "group_id": null}
        """;

    [Fact]
    public async Task Create_answers_201_with_the_activity_its_metrics_and_its_splits()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);

        var created = await CreateAsync(client, $"/api/{root}/activities", SingleLegSquat);

        Assert.Equal(["created_at", "description", "group_id", "has_metrics", "has_sets", "has_splits", "id", "metric_definitions",
            "metrics_multiplicative", "name", "split_definitions"], created.Select(p => p.Key).Order());
        Assert.Equal("Single Leg Squat", (string?)created["name"]);
        Assert.True((bool)created["has_sets"]!);
        Assert.True((bool)created["has_splits"]!);
        Assert.Null(created["group_id"]);
        Assert.Matches(NaiveDateTime(), (string?)created["created_at"]);
        var metric = created["metric_definitions"]!.AsArray().Single()!.AsObject();
        Assert.Equal(["id", "is_active", "is_multiplicative", "is_top_set_metric", "name", "unit"], metric.Select(p => p.Key).Order());
        Assert.Equal(("Reps", "Count", true, false, true),
            ((string?)metric["name"], (string?)metric["unit"], (bool)metric["is_active"]!, (bool)metric["is_top_set_metric"]!, (bool)metric["is_multiplicative"]!));
        var splits = created["split_definitions"]!.AsArray();
        Assert.Equal(["Left", "Right"], Strings(splits, "name"));
        Assert.Equal([0, 1], splits.Select(s => (int?)s!["order"]));
        Assert.Equal(["id", "name", "order"], splits[0]!.AsObject().Select(p => p.Key).Order());
        Assert.Equal(created.ToJsonString(), (await GetArrayAsync(client, $"/api/{root}/activities")).Single()!.ToJsonString());
    }

    [Fact]
    public async Task Create_with_only_a_name_takes_the_contract_defaults()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);

        var created = await CreateAsync(client, $"/api/{root}/activities", """{"name": "Plank"}""");

        Assert.Equal("", (string?)created["description"]);
        Assert.False((bool)created["has_sets"]!);
        Assert.True((bool)created["has_metrics"]!);
        Assert.False((bool)created["metrics_multiplicative"]!);
        Assert.False((bool)created["has_splits"]!);
        Assert.Empty(created["metric_definitions"]!.AsArray());
        Assert.Empty(created["split_definitions"]!.AsArray());
    }

    [Fact]
    public async Task Create_skips_blank_metrics_and_splits_and_numbers_the_splits_by_position()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);

        var created = await CreateAsync(client, $"/api/{root}/activities", """
            {"name": "Row", "metrics": [{"name": "Reps", "unit": ""}, {"name": "", "unit": "kg"}, {"name": "Weight", "unit": "kg"}],
             "splits": [{"name": "A"}, {"name": ""}, {"name": "C"}]}
            """);

        Assert.Equal(["Weight"], Strings(created["metric_definitions"]!.AsArray(), "name"));
        // order = position among the kept splits (domain-rules invariant 8), not the legacy gap of Q-39: relative order is the same.
        Assert.Equal(["A", "C"], Strings(created["split_definitions"]!.AsArray(), "name"));
        Assert.Equal([0, 1], created["split_definitions"]!.AsArray().Select(s => (int?)s!["order"]));
    }

    [Theory]
    [InlineData("""{"name": "X", "metrics": [{}, {}, {}, {"name": "a", "unit": "b"}]}""", "Maximum of 3 metrics allowed per activity.")]
    [InlineData("""{"name": "X", "splits": [{}, {}, {}, {}, {}, {"name": "f"}]}""", "Maximum of 5 splits allowed per activity.")]
    [InlineData("""{"description": "no name"}""", "Name is required")]
    [InlineData("""{"name": ""}""", "Name is required")]
    [InlineData("""{"name": "X", "metrics": [{"name": "Reps", "unit": "Count"}], "group_id": "8cc03180-939d-4fd5-b4b6-b885c6d9481e"}""", "Group not found")]
    [InlineData("""{"name": 5}""", "Invalid JSON body")]
    [InlineData("""{"name": "X", "has_sets": "yes"}""", "Invalid JSON body")]
    [InlineData("""{"name": "X", "metrics": {"name": "a"}}""", "Invalid JSON body")]
    [InlineData("""{"name": "X", "metrics": [{"name": "a", "unit": 3}]}""", "Invalid JSON body")]
    [InlineData("""{"name": "X", """, "Invalid JSON body")]
    public async Task Create_with_a_bad_body_answers_400_and_persists_nothing(string body, string error)
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);

        await ProblemAssert.IsProblemAsync(await PostAsync(client, $"/api/{root}/activities", body), HttpStatusCode.BadRequest, error);

        Assert.Empty(await GetArrayAsync(client, $"/api/{root}/activities"));
    }

    [Fact]
    public async Task Create_with_huge_strings_answers_400_not_500()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var huge = new string('x', 100_000);

        await ProblemAssert.IsProblemAsync(await PostAsync(client, $"/api/{root}/activities", $$"""{"name": "{{huge}}"}"""), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await PostAsync(client, $"/api/{root}/activities", $$"""{"name": "x", "metrics": [{"name": "{{huge}}", "unit": "u"}]}"""), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await PostAsync(client, $"/api/{root}/activities", $$"""{"name": "x", "description": "{{huge}}"}"""), HttpStatusCode.BadRequest);

        Assert.Empty(await GetArrayAsync(client, $"/api/{root}/activities"));
    }

    [Fact]
    public async Task Create_puts_the_activity_in_a_group_of_its_fractal_but_not_of_another()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var other = await CreateFractalAsync(client, "Other");
        var mine = (string)(await CreateAsync(client, $"/api/{root}/activity-groups", """{"name": "Push"}"""))["id"]!;
        var theirs = (string)(await CreateAsync(client, $"/api/{other}/activity-groups", """{"name": "Theirs"}"""))["id"]!;

        var grouped = await CreateAsync(client, $"/api/{root}/activities", $$"""{"name": "Dips", "group_id": "{{mine}}"}""");
        await ProblemAssert.IsProblemAsync(await PostAsync(client, $"/api/{root}/activities", $$"""{"name": "Pull", "group_id": "{{theirs}}"}"""),
            HttpStatusCode.BadRequest, "Group not found");

        Assert.Equal(mine, (string?)grouped["group_id"]);
        Assert.Null((await CreateAsync(client, $"/api/{root}/activities", """{"name": "Ungrouped", "group_id": ""}"""))["group_id"]);
        Assert.Equal(["Dips", "Ungrouped"], Strings(await GetArrayAsync(client, $"/api/{root}/activities"), "name"));
    }

    [Theory]
    [InlineData("2c848745-856e-4e3a-8b05-ebdd206de496")]
    [InlineData("1767200643898")]
    public async Task Unknown_fractal_answers_404_Fractal_not_found_on_list_create_update_and_delete(string root)
    {
        var client = factory.CreateClient();

        await ProblemAssert.IsProblemAsync(await client.GetAsync(new Uri($"/api/{root}/activities", UriKind.Relative), TestContext.Current.CancellationToken),
            HttpStatusCode.NotFound, "Fractal not found");
        await ProblemAssert.IsProblemAsync(await PostAsync(client, $"/api/{root}/activities", """{"name": "x"}"""), HttpStatusCode.NotFound, "Fractal not found");
        await ProblemAssert.IsProblemAsync(await PutAsync(client, $"/api/{root}/activities/abc", """{"name": "x"}"""), HttpStatusCode.NotFound, "Fractal not found");
        // The legacy delete did no root check; the gate answers first on every fractal route (ADR 0036).
        await ProblemAssert.IsProblemAsync(await DeleteAsync(client, $"/api/{root}/activities/abc"), HttpStatusCode.NotFound, "Fractal not found");
    }

    [Fact]
    public async Task The_list_is_ordered_by_name_with_ordinal_comparison()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        foreach (var name in new[] { "banana", "apple", "Zebra", "Apple" })
            await CreateAsync(client, $"/api/{root}/activities", $$"""{"name": "{{name}}"}""");

        Assert.Equal(["Apple", "Zebra", "apple", "banana"], Strings(await GetArrayAsync(client, $"/api/{root}/activities"), "name"));
    }

    [Fact]
    public async Task Update_renames_a_metric_by_id_drops_an_unrecorded_one_outright_and_adds_a_new_one()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var created = await CreateAsync(client, $"/api/{root}/activities", """
            {"name": "Pike Push Ups on the Floor", "has_sets": true, "metrics": [
              {"name": "Hands Distance from Feet", "unit": "Inches"}, {"name": "Reps", "unit": "Count"}]}
            """);
        var metrics = created["metric_definitions"]!.AsArray();
        var (distance, reps) = ((string)metrics[0]!["id"]!, (string)metrics[1]!["id"]!);

        var response = await PutAsync(client, $"/api/{root}/activities/{created["id"]}", $$"""
            {"name": "Pike Push Ups on the Floor", "description": "",
             "metrics": [{"id": "{{reps}}", "name": "Repetitions", "unit": "Count", "is_top_set_metric": true, "is_multiplicative": true},
                         {"name": "RPE", "unit": "1-10", "is_top_set_metric": false, "is_multiplicative": false}],
             "splits": [], "has_sets": true, "has_metrics": true, "metrics_multiplicative": false, "has_splits": false, "group_id": null}
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = await ReadObjectAsync(response);
        var now = updated["metric_definitions"]!.AsArray();
        Assert.Equal(["Repetitions", "RPE"], Strings(now, "name"));
        Assert.Equal(reps, (string?)now[0]!["id"]);
        Assert.True((bool)now[0]!["is_top_set_metric"]!);
        Assert.False((bool)now[1]!["is_multiplicative"]!);
        Assert.Equal(created["created_at"]!.ToJsonString(), updated["created_at"]!.ToJsonString());
        Assert.Equal(updated.ToJsonString(), (await GetArrayAsync(client, $"/api/{root}/activities")).Single()!.ToJsonString());
        Assert.Null((await ActivitySeed.MetricAsync(factory, distance)).Metric);   // no values: hard-deleted
    }

    [Fact]
    public async Task A_removed_metric_with_recorded_values_is_retired_keeping_its_name_and_unit_for_those_values()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var created = await CreateAsync(client, $"/api/{root}/activities", """
            {"name": "Pike Push Ups", "metrics": [{"name": "Hands Distance from Feet", "unit": "Inches"}, {"name": "Reps", "unit": "Count"}]}
            """);
        var distance = (string)created["metric_definitions"]![0]!["id"]!;
        var reps = (string)created["metric_definitions"]![1]!["id"]!;
        await ActivitySeed.RecordValueAsync(factory, root, (string)created["id"]!, distance);

        var updated = await ReadObjectAsync(await PutAsync(client, $"/api/{root}/activities/{created["id"]}",
            $$"""{"metrics": [{"id": "{{reps}}", "name": "Reps", "unit": "Count"}]}"""));

        Assert.Equal([reps], Strings(updated["metric_definitions"]!.AsArray(), "id"));
        Assert.Equal([reps], Strings((await GetArrayAsync(client, $"/api/{root}/activities")).Single()!["metric_definitions"]!.AsArray(), "id"));
        var (retired, values) = await ActivitySeed.MetricAsync(factory, distance);
        Assert.NotNull(retired);
        Assert.Equal(("Hands Distance from Feet", "Inches", false), (retired.Name, retired.Unit, retired.IsActive));
        Assert.NotNull(retired.DeletedAt);
        Assert.Equal(1, values);

        // Retired metrics never match again: the same name and unit makes a new definition.
        var again = await ReadObjectAsync(await PutAsync(client, $"/api/{root}/activities/{created["id"]}",
            """{"metrics": [{"name": "Reps", "unit": "Count"}, {"name": "Hands Distance from Feet", "unit": "Inches"}]}"""));
        var ids = Strings(again["metric_definitions"]!.AsArray(), "id").ToList();
        Assert.Equal(reps, ids[0]);
        Assert.NotEqual(distance, ids[1]);
    }

    [Fact]
    public async Task A_metric_sent_without_id_keeps_the_existing_one_with_the_same_name_and_unit()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var created = await CreateAsync(client, $"/api/{root}/activities", """{"name": "Squat", "metrics": [{"name": "Weight", "unit": "kg"}]}""");
        var weight = (string)created["metric_definitions"]![0]!["id"]!;

        var updated = await ReadObjectAsync(await PutAsync(client, $"/api/{root}/activities/{created["id"]}",
            """{"metrics": [{"name": "Weight", "unit": "kg", "is_top_set_metric": true}]}"""));

        var metric = updated["metric_definitions"]!.AsArray().Single()!;
        Assert.Equal(weight, (string?)metric["id"]);
        Assert.True((bool)metric["is_top_set_metric"]!);
    }

    [Fact]
    public async Task Splits_are_reconciled_by_id_and_listed_by_order_and_a_recorded_split_is_retired()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var created = await CreateAsync(client, $"/api/{root}/activities", SingleLegSquat);
        var activityId = (string)created["id"]!;
        var metric = (string)created["metric_definitions"]![0]!["id"]!;
        var (left, right) = ((string)created["split_definitions"]![0]!["id"]!, (string)created["split_definitions"]![1]!["id"]!);
        await ActivitySeed.RecordValueAsync(factory, root, activityId, metric, left);

        var swapped = await ReadObjectAsync(await PutAsync(client, $"/api/{root}/activities/{activityId}",
            $$"""{"splits": [{"id": "{{right}}", "name": "Right side"}, {"id": "{{left}}", "name": "Left"}]}"""));
        Assert.Equal(["Right side", "Left"], Strings(swapped["split_definitions"]!.AsArray(), "name"));   // by order (Q-30)
        Assert.Equal([right, left], Strings(swapped["split_definitions"]!.AsArray(), "id"));
        Assert.Equal([0, 1], swapped["split_definitions"]!.AsArray().Select(s => (int?)s!["order"]));

        var dropped = await ReadObjectAsync(await PutAsync(client, $"/api/{root}/activities/{activityId}", $$"""{"splits": [{"id": "{{right}}", "name": "Right side"}]}"""));
        Assert.Equal([right], Strings(dropped["split_definitions"]!.AsArray(), "id"));
        var retired = await ActivitySeed.SplitAsync(factory, left);
        Assert.NotNull(retired);
        Assert.Equal("Left", retired.Name);
        Assert.NotNull(retired.DeletedAt);

        await PutAsync(client, $"/api/{root}/activities/{activityId}", """{"splits": []}""");
        Assert.Null(await ActivitySeed.SplitAsync(factory, right));   // never recorded: hard-deleted
    }

    [Fact]
    public async Task Each_flag_applies_on_its_own_and_absent_fields_are_left_alone()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var created = await CreateAsync(client, $"/api/{root}/activities", SingleLegSquat);
        var url = $"/api/{root}/activities/{created["id"]}";

        var splitsOff = await ReadObjectAsync(await PutAsync(client, url, """{"has_splits": false}"""));   // Q-16 fixed
        Assert.False((bool)splitsOff["has_splits"]!);
        var multiplicative = await ReadObjectAsync(await PutAsync(client, url, """{"metrics_multiplicative": true}"""));
        Assert.True((bool)multiplicative["metrics_multiplicative"]!);
        Assert.False((bool)multiplicative["has_splits"]!);
        var described = await ReadObjectAsync(await PutAsync(client, url, """{"description": "https://example.com/squat", "has_sets": false, "has_metrics": false}"""));

        Assert.Equal("Single Leg Squat", (string?)described["name"]);
        Assert.Equal("https://example.com/squat", (string?)described["description"]);
        Assert.False((bool)described["has_sets"]!);
        Assert.False((bool)described["has_metrics"]!);
        Assert.Equal(created["metric_definitions"]!.ToJsonString(), described["metric_definitions"]!.ToJsonString());
        Assert.Equal(created["split_definitions"]!.ToJsonString(), described["split_definitions"]!.ToJsonString());
    }

    [Fact]
    public async Task Update_moves_the_activity_between_groups_of_its_fractal_and_out_of_them()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var other = await CreateFractalAsync(client, "Other");
        var push = (string)(await CreateAsync(client, $"/api/{root}/activity-groups", """{"name": "Push"}"""))["id"]!;
        var theirs = (string)(await CreateAsync(client, $"/api/{other}/activity-groups", """{"name": "Theirs"}"""))["id"]!;
        var url = $"/api/{root}/activities/{(await CreateAsync(client, $"/api/{root}/activities", """{"name": "Dips"}"""))["id"]}";

        Assert.Equal(push, (string?)(await ReadObjectAsync(await PutAsync(client, url, $$"""{"group_id": "{{push}}"}""")))["group_id"]);
        await ProblemAssert.IsProblemAsync(await PutAsync(client, url, $$"""{"group_id": "{{theirs}}", "name": "Changed"}"""), HttpStatusCode.BadRequest, "Group not found");
        var kept = (await GetArrayAsync(client, $"/api/{root}/activities")).Single()!;
        Assert.Equal((push, "Dips"), ((string?)kept["group_id"], (string?)kept["name"]));
        Assert.Null((await ReadObjectAsync(await PutAsync(client, url, """{"group_id": null}""")))["group_id"]);
        await PutAsync(client, url, $$"""{"group_id": "{{push}}"}""");
        Assert.Null((await ReadObjectAsync(await PutAsync(client, url, """{"group_id": ""}""")))["group_id"]);   // a cleared select box
    }

    [Theory]
    [InlineData("""{"metrics": [{}, {}, {}, {}]}""", "Maximum of 3 metrics allowed per activity.")]
    [InlineData("""{"splits": [{}, {}, {}, {}, {}, {}]}""", "Maximum of 5 splits allowed per activity.")]
    [InlineData("""{"name": ""}""", "Name is required")]
    [InlineData("""{"name": "X", "has_splits": null}""", "Invalid JSON body")]
    [InlineData("""{"name": "X", "has_sets": 1}""", "Invalid JSON body")]
    [InlineData("""{"name": "X", "metrics": null}""", "Invalid JSON body")]
    [InlineData("""{"name": "X", "splits": [{"id": 7, "name": "a"}]}""", "Invalid JSON body")]
    [InlineData("""[1, 2]""", "Invalid JSON body")]
    [InlineData("""{"name": """, "Invalid JSON body")]
    public async Task Update_with_a_bad_body_answers_400_and_changes_nothing(string body, string error)
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var created = await CreateAsync(client, $"/api/{root}/activities", SingleLegSquat);

        await ProblemAssert.IsProblemAsync(await PutAsync(client, $"/api/{root}/activities/{created["id"]}", body), HttpStatusCode.BadRequest, error);

        Assert.Equal(created.ToJsonString(), (await GetArrayAsync(client, $"/api/{root}/activities")).Single()!.ToJsonString());
    }

    [Fact]
    public async Task Update_and_delete_of_another_fractals_activity_answer_404_and_change_nothing()
    {
        var client = factory.CreateClient();
        var mine = await CreateFractalAsync(client);
        var other = await CreateFractalAsync(client, "Other");
        var theirs = await CreateAsync(client, $"/api/{other}/activities", SingleLegSquat);

        await ProblemAssert.IsProblemAsync(await PutAsync(client, $"/api/{mine}/activities/{theirs["id"]}", """{"name": "Mine", "metrics": []}"""),
            HttpStatusCode.NotFound, "Activity not found");
        await ProblemAssert.IsProblemAsync(await DeleteAsync(client, $"/api/{mine}/activities/{theirs["id"]}"), HttpStatusCode.NotFound, "Activity not found");

        Assert.Equal(theirs.ToJsonString(), (await GetArrayAsync(client, $"/api/{other}/activities")).Single()!.ToJsonString());
        Assert.Empty(await GetArrayAsync(client, $"/api/{mine}/activities"));
    }

    [Theory]
    [InlineData("1767200643898")]
    [InlineData("05e23729-4459-4da9-9406-ed24bb683a78")]
    public async Task Unknown_activity_ids_answer_404_Activity_not_found(string activityId)
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);

        await ProblemAssert.IsProblemAsync(await PutAsync(client, $"/api/{root}/activities/{activityId}", """{"name": "x"}"""), HttpStatusCode.NotFound, "Activity not found");
        await ProblemAssert.IsProblemAsync(await DeleteAsync(client, $"/api/{root}/activities/{activityId}"), HttpStatusCode.NotFound, "Activity not found");
    }

    [Fact]
    public async Task Delete_of_an_activity_without_instances_removes_it_and_its_definitions()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var created = await CreateAsync(client, $"/api/{root}/activities", SingleLegSquat);
        var activityId = (string)created["id"]!;

        var response = await DeleteAsync(client, $"/api/{root}/activities/{activityId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"message":"Activity deleted"}""", (await ReadObjectAsync(response)).ToJsonString());
        Assert.Empty(await GetArrayAsync(client, $"/api/{root}/activities"));
        Assert.Null(await ActivitySeed.ActivityAsync(factory, activityId));
        Assert.Null((await ActivitySeed.MetricAsync(factory, (string)created["metric_definitions"]![0]!["id"]!)).Metric);
    }

    [Fact]
    public async Task Delete_of_an_activity_with_instances_retires_it_so_history_keeps_its_names()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var created = await CreateAsync(client, $"/api/{root}/activities", SingleLegSquat);
        var activityId = (string)created["id"]!;
        var metricId = (string)created["metric_definitions"]![0]!["id"]!;
        await ActivitySeed.RecordValueAsync(factory, root, activityId, metricId);

        var response = await DeleteAsync(client, $"/api/{root}/activities/{activityId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await GetArrayAsync(client, $"/api/{root}/activities"));
        var retired = await ActivitySeed.ActivityAsync(factory, activityId);
        Assert.NotNull(retired);
        Assert.Equal("Single Leg Squat", retired.Name);
        Assert.NotNull(retired.DeletedAt);
        var (metric, values) = await ActivitySeed.MetricAsync(factory, metricId);
        Assert.Equal(("Reps", "Count", 1), (metric?.Name, metric?.Unit, values));
        await ProblemAssert.IsProblemAsync(await DeleteAsync(client, $"/api/{root}/activities/{activityId}"), HttpStatusCode.NotFound, "Activity not found");
        await ProblemAssert.IsProblemAsync(await PutAsync(client, $"/api/{root}/activities/{activityId}", """{"name": "Back"}"""), HttpStatusCode.NotFound, "Activity not found");
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?$")]
    private static partial Regex NaiveDateTime();
}
