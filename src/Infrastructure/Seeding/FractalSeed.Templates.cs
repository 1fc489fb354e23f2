using System.Text.Json.Nodes;

namespace FractalGoals.Infrastructure.Seeding;

/// <summary>A session template as sessions and programs use it.</summary>
internal sealed record SeedTemplate(string Id, string Name, IReadOnlyList<string> Sections, int TotalMinutes);

// Session templates (§8.3) and programs with blocks, days and scheduled sessions (§8.6, §13).
internal sealed partial class FractalSeed
{
    private static readonly IReadOnlyList<string> TemplateNames = ["Daily practice", "Quick session", "Deep work", "Weekend long session", "Recovery day"];

    private void WriteTemplates(DateTime createdAt)
    {
        foreach (var name in _random.Sample(TemplateNames, _random.Between(3, TemplateNames.Count)))
        {
            var at = _random.After(createdAt, 3600);
            var sections = _random.Sample(SeedNames.Sections, _random.Between(2, 3));
            var data = new JsonArray();
            var total = 0;
            foreach (var section in sections)
            {
                var minutes = _random.Pick<int>([10, 15, 20, 30]);
                total += minutes;
                data.Add(new JsonObject
                {
                    ["name"] = section,
                    ["duration_minutes"] = minutes,
                    ["activities"] = new JsonArray([.. _random.Sample(_activities, _random.Between(1, 3))
                        .Select(a => (JsonNode)new JsonObject { ["activity_id"] = a.Id, ["name"] = a.Name })]),
                });
            }
            var template = new SeedTemplate(_random.Uuid(), name, sections, total);
            var json = new JsonObject { ["sections"] = data, ["total_duration_minutes"] = total }.ToJsonString();
            _writer.Insert(SeedTable.SessionTemplates, template.Id, name, "", _rootId, SeedText.Time(at), json, SeedText.Time(at));
            _templates.Add(template);
        }
    }

    private void WritePrograms()
    {
        var programs = _random.Between(1, 2);
        var spanDays = (int)(_end - _start).TotalDays - 60;
        for (var p = 0; p < programs; p++)
        {
            var start = DateOnly.FromDateTime(_start).AddDays(7 + _random.Between(0, spanDays));
            var createdAt = _random.After(_start.AddDays(2), 24 * 3600);
            var blocks = _random.Between(2, 4);
            var specs = new JsonArray();
            var rows = new List<(string Id, string Name, DateOnly Start, DateOnly End, string Color, Dictionary<DayOfWeek, string> Schedule)>();
            for (var b = 0; b < blocks; b++)
            {
                var blockStart = start.AddDays(7 * b);
                var schedule = _random.Sample(Enum.GetValues<DayOfWeek>(), 3).ToDictionary(d => d, _ => _random.Pick(_templates).Id);
                var block = (Id: _random.Uuid(), Name: $"Block {b + 1}", Start: blockStart, End: blockStart.AddDays(6), Color: _random.Pick(SeedNames.Colors), schedule);
                rows.Add(block);
                var weekly = new JsonObject();
                foreach (var day in WeekKeys)
                    weekly[day.Key] = new JsonArray([.. day.Value is { } d && schedule.TryGetValue(d, out var t) ? [(JsonNode)JsonValue.Create(t)] : Array.Empty<JsonNode>()]);
                specs.Add(new JsonObject
                {
                    ["id"] = block.Id, ["name"] = block.Name, ["startDate"] = SeedText.Date(block.Start), ["endDate"] = SeedText.Date(block.End),
                    ["color"] = block.Color, ["weeklySchedule"] = weekly,
                });
            }
            var programId = _random.Uuid();
            var goalIds = new JsonArray([.. _random.Sample(_plannedGoals, _random.Between(1, 3)).Select(g => (JsonNode)JsonValue.Create(g))]).ToJsonString();
            _writer.Insert(SeedTable.Programs, programId, _rootId, $"{_theme.Goals[p % _theme.Goals.Count]} programme", "",
                SeedText.Time(start.ToDateTime(TimeOnly.MinValue)), SeedText.Time(rows[^1].End.ToDateTime(TimeOnly.MinValue)),
                SeedText.Time(createdAt), SeedText.Time(createdAt), p == programs - 1 ? 1 : 0, goalIds, specs.ToJsonString());
            foreach (var block in rows)
            {
                _writer.Insert(SeedTable.ProgramBlocks, block.Id, programId, block.Name, SeedText.Date(block.Start), SeedText.Date(block.End), block.Color, "[]");
                // As the schedule sync does: a day for each date whose weekday has templates, numbered by its position.
                for (var position = 1; position <= 7; position++)
                {
                    var date = block.Start.AddDays(position - 1);
                    if (!block.Schedule.TryGetValue(date.DayOfWeek, out var templateId)) continue;
                    var dayId = _random.Uuid();
                    _writer.Insert(SeedTable.ProgramDays, dayId, block.Id, SeedText.Date(date), position, date.DayOfWeek.ToString(), null);
                    _writer.Insert(SeedTable.ScheduledSessions, _random.Uuid(), dayId, templateId, 0, null);
                }
            }
        }
    }

    private static readonly IReadOnlyList<KeyValuePair<string, DayOfWeek?>> WeekKeys =
    [
        new("monday", DayOfWeek.Monday), new("tuesday", DayOfWeek.Tuesday), new("wednesday", DayOfWeek.Wednesday),
        new("thursday", DayOfWeek.Thursday), new("friday", DayOfWeek.Friday), new("saturday", DayOfWeek.Saturday),
        new("sunday", DayOfWeek.Sunday), new("daily", null),
    ];
}
