using System.Text.Json.Nodes;

namespace FractalGoals.Infrastructure.Seeding;

// Practice sessions under short-term goals, spread over the window, each with timed activity instances and their
// metric values (per split where the activity has splits; sets live in the instance's data JSON, §8.4), and now and
// then an immediate goal with micro and nano goals below it.
internal sealed partial class FractalSeed
{
    private void WriteSessions(int count)
    {
        var from = _start.AddDays(3);
        var span = (int)(_end - from).TotalSeconds;
        var days = Enumerable.Range(0, count).Select(_ => _random.After(from, span).Date).Order().ToList();
        for (var i = 0; i < count; i++)
        {
            var startedAt = _random.After(days[i].AddHours(6), 15 * 3600);
            WriteSession(startedAt, recent: i >= count - Math.Max(1, count / 20));
        }
    }

    private void WriteSession(DateTime startedAt, bool recent)
    {
        var id = _random.Uuid();
        var template = _random.Pick(_templates);
        var parent = _random.Pick(_shortTermGoals);
        var clock = startedAt;

        // The session row first (instances reference it), then its links and immediate goals, then the instances.
        var planned = Enumerable.Range(0, _random.Between(4, 11))
            .Select(i => (Id: _random.Uuid(), Activity: _random.Pick(_activities), Section: template.Sections[Math.Min(i * template.Sections.Count / 11, template.Sections.Count - 1)]))
            .ToList();
        var endedAt = startedAt.AddMinutes(template.TotalMinutes + _random.Between(-5, 25));
        var json = SessionJson(template, planned.Select(p => (p.Id, p.Section)).ToList(), startedAt, endedAt);
        WriteGoal(id, "PracticeSession", template.Name, parent, startedAt, completed: !recent && _random.Chance(0.9),
            durationMinutes: template.TotalMinutes, sessionJson: json);
        _writer.Insert(SeedTable.SessionGoals, id, parent);
        if (_shortTermGoals.Count > 1 && _random.Chance(0.25))
            _writer.Insert(SeedTable.SessionGoals, id, _random.Pick(_shortTermGoals.Where(g => g != parent).ToList()));
        if (_random.Chance(0.3)) WriteImmediateGoals(id, startedAt, planned[0].Activity);

        foreach (var (instanceId, activity, _) in planned)
            clock = WriteInstance(instanceId, id, activity, clock);
    }

    private void WriteImmediateGoals(string sessionId, DateTime at, SeedActivity focus)
    {
        string[] chain = ["ImmediateGoal", "MicroGoal", "NanoGoal"];
        var parent = sessionId;
        foreach (var type in chain)
        {
            var id = _random.Uuid();
            WriteGoal(id, type, $"{focus.Name}: {_random.Pick(SeedNames.Levels)}", parent, at.AddSeconds(5), completed: _random.Chance(0.5));
            parent = id;
            if (!_random.Chance(0.5)) break;
        }
    }

    /// <summary>One instance with its timer (§10: duration is whole seconds of stop − start) and values; returns the clock after it.</summary>
    private DateTime WriteInstance(string id, string sessionId, SeedActivity activity, DateTime clock)
    {
        var createdAt = _random.After(clock, 30);
        DateTime? start = null, stop = null;
        int? duration = null;
        var roll = _random.Fraction();
        if (roll >= 0.04)
        {
            start = _random.After(createdAt, 60);
            if (roll >= 0.05)   // 1% are timers left running, as real users leave them
            {
                stop = _random.After(start.Value.AddSeconds(60), 1140);
                duration = (int)(stop.Value - start.Value).TotalSeconds;
            }
        }
        var last = stop ?? start ?? createdAt;
        var notes = _random.Chance(0.1) ? _random.Pick(SeedNames.Notes) : null;
        _writer.Insert(SeedTable.ActivityInstances, id, sessionId, activity.Id, SeedText.Time(createdAt), SeedText.Time(start), SeedText.Time(stop),
            duration, _rootId, SeedText.Time(last), 0, stop is not null && _random.Chance(0.8) ? 1 : 0, notes, activity.HasSets ? SetsJson(activity) : null);

        if (!activity.HasSets)
        {
            var splits = activity.Splits.Count > 0 ? activity.Splits.Select(s => (string?)s).ToList() : [null];
            foreach (var split in splits)
                foreach (var metric in activity.Metrics)
                    _writer.Insert(SeedTable.MetricValues, _random.Uuid(), id, metric.Id, Value(metric.Metric), _rootId, SeedText.Time(last), SeedText.Time(last), split);
        }
        return last.AddSeconds(_random.Between(10, 120));
    }

    private double Value(SeedMetric metric)
    {
        var value = metric.Min + ((metric.Max - metric.Min) * _random.Fraction());
        return metric.Max - metric.Min >= 20 ? Math.Round(value) : Math.Round(value, 1);
    }

    /// <summary>§8.4: sets with their own metric lists, values typed as strings the way the client stores them.</summary>
    private string SetsJson(SeedActivity activity)
    {
        var sets = new JsonArray();
        var count = _random.Between(2, 5);
        for (var i = 0; i < count; i++)
            sets.Add(new JsonObject
            {
                ["instance_id"] = _random.Uuid(),
                ["completed"] = _random.Chance(0.85),
                ["metrics"] = new JsonArray([.. activity.Metrics.Select(m => (JsonNode)new JsonObject
                {
                    ["metric_id"] = m.Id,
                    ["value"] = SeedText.Number(Value(m.Metric)),
                })]),
            });
        return new JsonObject { ["sets"] = sets }.ToJsonString();
    }

    /// <summary>§8.2, the current metadata form: sections list their instances in display order.</summary>
    private static string SessionJson(SeedTemplate template, List<(string Id, string Section)> instances, DateTime start, DateTime end) =>
        new JsonObject
        {
            ["sections"] = new JsonArray([.. template.Sections.Select(s => (JsonNode)new JsonObject
            {
                ["name"] = s,
                ["activity_ids"] = new JsonArray([.. instances.Where(i => i.Section == s).Select(i => (JsonNode)JsonValue.Create(i.Id))]),
            })]),
            ["template_name"] = template.Name,
            ["total_duration_minutes"] = template.TotalMinutes,
            ["session_start"] = SeedText.Wire(start),
            ["session_end"] = SeedText.Wire(end),
        }.ToJsonString();
}
