using System.Text.Json.Nodes;

namespace FractalGoals.FunctionalTests.Contract;

/// <summary>The journey's comparison finds every change that is not an added field.</summary>
public sealed class AddedFieldsOnlyTests
{
    private const string A = "0b0e5e0e-3a52-4c2b-9d55-3f7a7b0c9d11";
    private const string B = "1d38c90d-e262-4405-a691-1f7a10d61f57";
    private const string C = "934d1764-b192-471a-82bd-b645798e0203";

    [Theory]
    [InlineData($$"""{"id": "{{A}}", "n": 5.0, "k": [1, 2], "extra": {"x": 1} }""")]                      // an added key
    [InlineData($$"""{"first": true, "id": "{{A}}", "n": 5.0, "k": [1, 2]}""")]                          // added before the others
    [InlineData($$"""{"id": "{{B}}", "n": 5.0, "k": [1, 2]}""")]                                          // another run's id
    public void Added_keys_and_other_ids_are_no_difference(string now) =>
        Assert.Empty(Differences($$"""{"id": "{{A}}", "n": 5.0, "k": [1, 2]}""", now));

    [Theory]
    [InlineData($$"""{"id": "{{A}}", "n": 5, "k": [1, 2]}""")]                                            // 5.0 became 5
    [InlineData($$"""{"id": "{{A}}", "k": [1, 2]}""")]                                                    // a key removed
    [InlineData($$"""{"n": 5.0, "id": "{{A}}", "k": [1, 2]}""")]                                          // keys reordered
    [InlineData($$"""{"id": "{{A}}", "n": 5.0, "k": [1, 2, 3]}""")]                                       // an item added
    [InlineData($$"""{"id": "{{A}}", "n": "5.0", "k": [1, 2]}""")]                                        // a number became text
    [InlineData($$"""{"id": "not-an-id", "n": 5.0, "k": [1, 2]}""")]                                      // an id became text
    [InlineData($$"""{"id": null, "n": 5.0, "k": [1, 2]}""")]
    public void Every_other_change_is_a_difference(string now) =>
        Assert.NotEmpty(Differences($$"""{"id": "{{A}}", "n": 5.0, "k": [1, 2]}""", now));

    [Fact]
    public void One_recorded_id_stands_for_one_id_of_this_run_and_back()
    {
        const string recorded = $$"""[{"id": "{{A}}", "parent": "{{B}}"}, {"id": "{{B}}", "text": "Goal {{A}} not found"}]""";

        Assert.Empty(Differences(recorded, $$"""[{"id": "{{C}}", "parent": "{{A}}"}, {"id": "{{A}}", "text": "Goal {{C}} not found"}]"""));
        Assert.NotEmpty(Differences(recorded, $$"""[{"id": "{{C}}", "parent": "{{A}}"}, {"id": "{{C}}", "text": "Goal {{C}} not found"}]"""));
        Assert.NotEmpty(Differences(recorded, $$"""[{"id": "{{C}}", "parent": "{{C}}"}, {"id": "{{C}}", "text": "Goal {{C}} not found"}]"""));
        Assert.NotEmpty(Differences(recorded, $$"""[{"id": "{{C}}", "parent": "{{A}}"}, {"id": "{{A}}", "text": "Goal {{A}} not found"}]"""));
    }

    private static List<string> Differences(string recorded, string now)
    {
        var differences = new List<string>();
        AddedFieldsOnly.Compare(AddedFieldsOnly.Normalize(JsonNode.Parse(recorded), []), JsonNode.Parse(now), new IdMapping(), "$", differences);
        return differences;
    }
}
