using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Programs;
using FractalGoals.Domain.Templates;

namespace FractalGoals.UnitTests.Domain.Programs;

/// <summary>A fractal with templates and a program, plus helpers to build block drafts. 2026-02-02 is a Monday.</summary>
internal sealed class ProgramWorld
{
    public static readonly DateTime Now = new(2026, 1, 2, 13, 15, 26);
    public static readonly DateTime Later = Now.AddHours(1);

    public static readonly DateOnly WeekA = new(2026, 2, 2);
    public static readonly DateOnly WeekB = new(2026, 2, 9);
    public static readonly DateOnly WeekC = new(2026, 2, 16);

    public ProgramWorld()
    {
        Root = Goal.CreateFractal("Get strong", "", GoalType.UltimateGoal, Now);
        Upper = Template("Upper Body Day 1");
        Lower = Template("Leg Day");
        Program = TrainingProgram.Create(Root, "Winter Block", "", new DateTime(2026, 2, 1), new DateTime(2026, 2, 28), [], null, Now);
    }

    public Goal Root { get; }

    public SessionTemplate Upper { get; }

    public SessionTemplate Lower { get; }

    public TrainingProgram Program { get; }

    public Dictionary<SessionTemplateId, SessionTemplate> Templates { get; } = [];

    public SessionTemplate Template(string name)
    {
        var template = SessionTemplate.Create(Root, name, "", JsonText.Parse("""{"sections": []}""", "template_data"), Now);
        Templates[template.Id] = template;
        return template;
    }

    public Goal NewGoal(string name = "Handstand") => Root.AddChild(name, "", GoalType.LongTermGoal, null, Now);

    public static BlockDraft Week(string id, DateOnly monday, params (DayOfWeek Day, SessionTemplate[] Templates)[] schedule) =>
        new(new ProgramBlockId(id), "Block " + id, monday, monday.AddDays(6), "#3A86FF",
            schedule.ToDictionary(s => s.Day, s => (IReadOnlyList<SessionTemplateId>)[.. s.Templates.Select(t => t.Id)]));

    public void Sync(params BlockDraft[] drafts) => Program.SyncBlocks(drafts, Templates);

    /// <summary>Three one-week blocks A, B, C (Monday to Sunday), without days.</summary>
    public void ThreeWeeks() => Sync(Week("A", WeekA), Week("B", WeekB), Week("C", WeekC));

    public ProgramBlock Block(string id) => Program.FindBlock(new ProgramBlockId(id))!;

    public static ProgramBlockId BlockId(string id) => new(id);

    public static IReadOnlyList<SessionTemplateId> TemplateIds(ProgramDay day) => [.. day.Sessions.Select(s => s.SessionTemplateId!.Value)];

    public static Goal OtherFractal() => Goal.CreateFractal("Play guitar", "", GoalType.UltimateGoal, Now);

    public static SessionTemplate TemplateOf(Goal root) =>
        SessionTemplate.Create(root, "Scales", "", JsonText.Parse("""{"sections": []}""", "template_data"), Now);
}
