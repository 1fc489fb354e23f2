namespace FractalGoals.Infrastructure.Seeding;

/// <summary>
/// Writes one fractal, in the order a user would have made it: the root, its activity catalogue, the rest of the goal
/// tree, templates and programs, then two years of practice sessions with their instances and values. Every row obeys
/// domain-rules §15: root_id is the root's id everywhere, each goal is the next level after its parent, sessions hang
/// under short-term goals of the same fractal, and every reference names a row written before it.
/// </summary>
internal sealed partial class FractalSeed
{
    private readonly SeedRandom _random;
    private readonly SeedWriter _writer;
    private readonly SeedTheme _theme;
    private readonly DateTime _start;
    private readonly DateTime _end;
    private readonly string _rootId;
    private readonly List<SeedActivity> _activities = [];
    private readonly List<SeedTemplate> _templates = [];
    private readonly List<string> _shortTermGoals = [];
    private readonly List<string> _plannedGoals = [];   // mid- and short-term goals, which programs select

    public FractalSeed(SeedRandom random, SeedWriter writer, DateTime windowStart, DateTime windowEnd)
    {
        _random = random;
        _writer = writer;
        _theme = random.Pick(SeedTheme.All);
        // Fractals begin in the first quarter of the window, so each has most of two years of history.
        _start = random.After(windowStart, 90 * 24 * 3600);
        _end = windowEnd;
        _rootId = random.Uuid();
    }

    public string RootId => _rootId;

    /// <summary>The whole fractal; <paramref name="sessions"/> sets its size, <paramref name="rootType"/> its top level.</summary>
    public void Write(int sessions, string rootType)
    {
        WriteGoal(_rootId, rootType, _theme.Ultimate, parentId: null, _start, description: "What all of this is for");
        WriteActivities(_start.AddMinutes(20));
        WriteTree(_rootId, rootType, _start.AddHours(1));
        WriteTemplates(_start.AddDays(1));
        WritePrograms();
        WriteSessions(sessions);
    }

    private void WriteGoal(string id, string type, string name, string? parentId, DateTime createdAt, string description = "",
        DateTime? deadline = null, bool completed = false, string? targets = null, int? durationMinutes = null, string? sessionJson = null) =>
        _writer.Insert(SeedTable.Goals, id, type, name, description, SeedText.Time(deadline), completed ? 1 : 0, SeedText.Time(createdAt),
            parentId, _rootId, durationMinutes, sessionJson, targets, SeedText.Time(createdAt), sessionJson, 0);
}
