using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;

namespace FractalGoals.UnitTests.Domain.Activities;

/// <summary>Small builders shared by the Activities and Sessions tests.</summary>
internal static class ActivityTestData
{
    public static readonly DateTime Now = new(2026, 1, 2, 9, 0, 0);
    public static readonly DateTime Later = Now.AddMinutes(5);
    public static readonly DateTime Latest = Now.AddMinutes(10);

    public static Goal Fractal(string name = "Guitar") => Goal.CreateFractal(name, null, GoalType.UltimateGoal, Now);

    public static Goal Session(Goal fractal) => Goal.StartParentlessSession(fractal, new SessionDetails("Morning practice"), Now);

    public static ActivityDefinition Activity(Goal fractal, params MetricDraft[] metrics) =>
        ActivityDefinition.Create(fractal, new ActivityDetails("Scales", Metrics: metrics), group: null, Now);

    public static ActivityDefinition SplitActivity(Goal fractal) =>
        ActivityDefinition.Create(fractal,
            new ActivityDetails("Single Leg Squat", HasSplits: true, Metrics: [Reps], Splits: [new("Left"), new("Right")]),
            group: null, Now);

    public static MetricDraft Reps => new("Reps", "Count");

    public static MetricDraft Weight => new("Weight", "kg");

    public static MetricDraft Tempo => new("Tempo", "bpm");

    public static MetricDraft Rpe => new("RPE", "1-10");

    public static GoalDeletion DeleteFractal(Goal fractal, DateTime at, params Goal[] members) => new GoalTree(fractal, members).Delete(fractal.Id, at);

    public static DomainRuleViolationException Violation(Action act) => Assert.Throws<DomainRuleViolationException>(act);
}
