namespace FractalGoals.Infrastructure.Seeding;

/// <summary>An activity definition as the session writer needs it.</summary>
internal sealed record SeedActivity(string Id, string Name, bool HasSets, IReadOnlyList<SeedActivityMetric> Metrics, IReadOnlyList<string> Splits);

internal sealed record SeedActivityMetric(string Id, SeedMetric Metric);

// Activity groups and definitions with 1–3 metrics; about a third record per split, a tenth in sets.
internal sealed partial class FractalSeed
{
    private void WriteActivities(DateTime createdAt)
    {
        var groups = _random.Sample(_theme.Groups, _random.Between(2, _theme.Groups.Count))
            .Select((name, i) => (Id: _random.Uuid(), Name: name, SortOrder: i + 1)).ToList();
        foreach (var group in groups)
            _writer.Insert(SeedTable.ActivityGroups, group.Id, _rootId, group.Name, "", SeedText.Time(createdAt), group.SortOrder, SeedText.Time(createdAt));

        foreach (var name in _random.Sample(_theme.Activities, _random.Between(6, _theme.Activities.Count)))
        {
            var at = _random.After(createdAt, 600);
            var id = _random.Uuid();
            var hasSets = _random.Chance(0.1);
            var hasSplits = !hasSets && _random.Chance(0.33);
            var metricCount = _random.Fraction() switch { < 0.2 => 1, < 0.6 => 2, _ => 3 };
            var metrics = _random.Sample(_theme.Metrics, metricCount).Select(m => new SeedActivityMetric(_random.Uuid(), m)).ToList();
            var multiplicative = hasSets && metricCount > 1 && _random.Chance(0.5);
            var groupId = _random.Chance(0.8) ? _random.Pick(groups).Id : null;
            var description = _random.Chance(0.3) ? $"https://example.com/drills/{name.ToLowerInvariant().Replace(' ', '-')}" : "";
            _writer.Insert(SeedTable.ActivityDefinitions, id, _rootId, name, description, SeedText.Time(at), hasSets ? 1 : 0, 1,
                multiplicative ? 1 : 0, hasSplits ? 1 : 0, groupId, SeedText.Time(at));
            for (var i = 0; i < metrics.Count; i++)
                _writer.Insert(SeedTable.MetricDefinitions, metrics[i].Id, id, metrics[i].Metric.Name, metrics[i].Metric.Unit, SeedText.Time(at),
                    1, hasSets && i == 0 ? 1 : 0, 1, _rootId, SeedText.Time(at), 0);
            var splits = new List<string>();
            var splitCount = hasSplits ? _random.Between(2, 4) : 0;
            for (var i = 0; i < splitCount; i++)
            {
                splits.Add(_random.Uuid());
                _writer.Insert(SeedTable.SplitDefinitions, splits[i], id, SeedNames.SplitName(i, splitCount), i, SeedText.Time(at), _rootId, SeedText.Time(at));
            }
            _activities.Add(new SeedActivity(id, name, hasSets, metrics, splits));
        }
    }
}
