using System.Text.Json.Nodes;

namespace FractalGoals.Infrastructure.Seeding;

// The goal tree above the sessions: Ultimate → Long-term → Mid-term → Short-term (from whatever level the root has).
internal sealed partial class FractalSeed
{
    private static readonly string[] Levels = ["UltimateGoal", "LongTermGoal", "MidTermGoal", "ShortTermGoal"];

    private void WriteTree(string parentId, string parentType, DateTime createdAt)
    {
        var level = Array.IndexOf(Levels, parentType) + 1;
        if (level >= Levels.Length) return;
        var type = Levels[level];
        var children = _random.Between(2, 4);
        for (var i = 0; i < children; i++)
        {
            var id = _random.Uuid();
            var at = _random.After(createdAt, 3600);
            var name = $"{_random.Pick(_theme.Goals)}: {_random.Pick(SeedNames.Levels)}";
            if (type == "ShortTermGoal")
            {
                var deadline = DateOnly.FromDateTime(at).AddDays(_random.Between(30, 540)).ToDateTime(TimeOnly.MinValue);
                var completed = deadline < _end && _random.Chance(0.4);
                WriteGoal(id, type, name, parentId, at, deadline: deadline, completed: completed, targets: _random.Chance(0.25) ? Target() : null);
                _shortTermGoals.Add(id);
                _plannedGoals.Add(id);
                continue;
            }
            WriteGoal(id, type, name, parentId, at);
            if (type == "MidTermGoal") _plannedGoals.Add(id);
            WriteTree(id, type, at);
        }
    }

    /// <summary>A §8.1 target: reach a value on each metric of one activity.</summary>
    private string Target()
    {
        var activity = _random.Pick(_activities);
        var metrics = new JsonArray([.. activity.Metrics.Select(m => (JsonNode)new JsonObject
        {
            ["metric_id"] = m.Id,
            ["value"] = Math.Round(m.Metric.Min + ((m.Metric.Max - m.Metric.Min) * 0.8)),
        })]);
        return new JsonArray(new JsonObject
        {
            ["id"] = _random.Uuid(),
            ["activity_id"] = activity.Id,
            ["name"] = $"{activity.Name} at 80%",
            ["description"] = "",
            ["metrics"] = metrics,
        }).ToJsonString();
    }
}
