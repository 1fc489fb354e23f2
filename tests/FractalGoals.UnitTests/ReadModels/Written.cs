using System.Text.Json;
using System.Text.Json.Nodes;
using FractalGoals.Application.ReadModels;

namespace FractalGoals.UnitTests.ReadModels;

/// <summary>What a written response writes, parsed back, so a test can look at one key.</summary>
internal static class Written
{
    public static JsonObject ToJson(this GoalNode node) => JsonNode.Parse(JsonSerializer.Serialize(node))!.AsObject();
}
