using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using FractalGoals.Domain.Templates;
using Microsoft.EntityFrameworkCore;

namespace FractalGoals.Infrastructure.Persistence;

/// <summary>
/// A small demo fractal for a newcomer's first run (<c>--seed-demo</c>): a goal chain down to a short-term goal, an
/// activity with metrics, a template, and a session with a timed activity and recorded values. Built through the
/// domain, so it obeys every rule; added only to a database that has no fractal yet.
/// </summary>
public static class DemoData
{
    public static async Task<bool> SeedAsync(FractalGoalsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        if (await db.Goals.AnyAsync(g => g.ParentId == null, cancellationToken)) return false;

        var now = DateTime.SpecifyKind(clock.GetLocalNow().DateTime, DateTimeKind.Unspecified);
        var root = Goal.CreateFractal("Become a confident guitarist", "Play songs I love, in time and in tune", GoalType.UltimateGoal, now);
        var longTerm = root.AddChild("Play ten songs by heart", "", GoalType.LongTermGoal, null, now);
        var midTerm = longTerm.AddChild("Master the CAGED shapes", "", GoalType.MidTermGoal, null, now);
        var shortTerm = midTerm.AddChild("Clean E-shape barre chords at 80 bpm", "", GoalType.ShortTermGoal, DateOnly.FromDateTime(now.AddDays(28)), now);

        var scales = ActivityDefinition.Create(root, new ActivityDetails("Scale practice", "Metronome scales",
            Metrics: [new MetricDraft("Tempo", "bpm"), new MetricDraft("Reps", "count")]), group: null, now);
        var template = SessionTemplate.Create(root, "Daily practice", "Warm up, then scales",
            JsonText.Parse("""{"sections":[{"name":"Warm Up","duration_minutes":10,"activities":[]},{"name":"Scales","duration_minutes":20,"activities":[]}],"total_duration_minutes":30}""", "template_data"), now);

        var session = shortTerm.AddSession(new SessionDetails("Daily practice", DurationMinutes: 30), now);
        session.LinkToGoal(shortTerm);
        var instance = ActivityInstance.Create(ActivityInstanceId.New(), session, scales, now);
        session.RecordSessionData(JsonText.Parse($$"""{"template_name":"Daily practice","total_duration_minutes":30,"sections":[{"name":"Scales","activity_ids":["{{instance.Id.Value}}"]}]}""", "session_data"), now);
        instance.StartTimer(now.AddMinutes(-12));
        instance.StopTimer(now.AddMinutes(-2));
        instance.RecordValue(scales.SlotFor(scales.ActiveMetrics[0].Id, null), 80, now);
        instance.RecordValue(scales.SlotFor(scales.ActiveMetrics[1].Id, null), 12, now);

        db.AddRange(root, longTerm, midTerm, shortTerm, scales, template, session, instance);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
