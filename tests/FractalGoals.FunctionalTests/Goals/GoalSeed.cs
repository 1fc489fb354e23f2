using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using FractalGoals.Domain.Templates;
using FractalGoals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FractalGoals.FunctionalTests.Goals;

/// <summary>
/// Rows of other modules (sessions, activities, templates) written through the domain straight into the test
/// database, so the goal endpoints can be tested against them without depending on those modules' endpoints.
/// </summary>
internal static class GoalSeed
{
    public static async Task<string> SessionAsync(this ApiFactory factory, string shortTermGoalId, string? sessionData = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FractalGoalsDbContext>();
        var parent = await db.Goals.AsTracking().SingleAsync(g => g.Id == new GoalId(shortTermGoalId), GoalApi.Ct);
        var session = parent.AddSession(new SessionDetails("Session",
            SessionData: sessionData is null ? null : JsonText.Parse(sessionData, "session_data")), DateTime.Now);
        db.Add(session);
        await db.SaveChangesAsync(GoalApi.Ct);
        return session.Id.Value;
    }

    public static async Task<string> ParentlessSessionAsync(this ApiFactory factory, string rootId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FractalGoalsDbContext>();
        var root = await db.Goals.SingleAsync(g => g.Id == new GoalId(rootId), GoalApi.Ct);
        var session = Goal.StartParentlessSession(root, new SessionDetails("Parentless"), DateTime.Now);
        db.Add(session);
        await db.SaveChangesAsync(GoalApi.Ct);
        return session.Id.Value;
    }

    /// <summary>An activity (with a group and a template beside it) and one instance of it in the session.</summary>
    public static async Task<FractalRows> ActivityWithInstanceAsync(this ApiFactory factory, string rootId, string sessionId, string instanceId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FractalGoalsDbContext>();
        var root = await db.Goals.SingleAsync(g => g.Id == new GoalId(rootId), GoalApi.Ct);
        var session = await db.Goals.SingleAsync(g => g.Id == new GoalId(sessionId), GoalApi.Ct);
        var now = DateTime.Now;
        var group = ActivityGroup.Create(root, "Group", null, 0, now);
        var activity = ActivityDefinition.Create(root, new ActivityDetails("Scales", Metrics: [new MetricDraft("Tempo", "bpm")]), group, now);
        var template = SessionTemplate.Create(root, "Template", null, JsonText.Parse("{\"sections\": []}", "template_data"), now);
        var instance = ActivityInstance.Create(new ActivityInstanceId(instanceId), session, activity, now);
        db.AddRange(group, activity, template, instance);
        await db.SaveChangesAsync(GoalApi.Ct);
        return new FractalRows(group.Id.Value, activity.Id.Value, template.Id.Value, instance.Id.Value, activity.Metrics[0].Id.Value);
    }

    /// <summary>Which of the rows are live now (read past the soft-delete filter).</summary>
    public static async Task<LiveRows> LiveAsync(this ApiFactory factory, FractalRows rows)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FractalGoalsDbContext>();
        return new LiveRows(
            await db.Set<ActivityGroup>().AnyAsync(g => g.Id == new ActivityGroupId(rows.GroupId), GoalApi.Ct),
            await db.Set<ActivityDefinition>().AnyAsync(a => a.Id == new ActivityDefinitionId(rows.ActivityId), GoalApi.Ct),
            await db.Set<SessionTemplate>().AnyAsync(t => t.Id == new SessionTemplateId(rows.TemplateId), GoalApi.Ct),
            await db.Set<ActivityInstance>().AnyAsync(i => i.Id == new ActivityInstanceId(rows.InstanceId), GoalApi.Ct),
            await db.Set<MetricDefinition>().AnyAsync(m => m.Id == new MetricDefinitionId(rows.MetricId) && m.DeletedAt == null, GoalApi.Ct));   // no soft-delete filter on metrics (retired ones stay resolvable)
    }
}

internal sealed record FractalRows(string GroupId, string ActivityId, string TemplateId, string InstanceId, string MetricId);

internal sealed record LiveRows(bool Group, bool Activity, bool Template, bool Instance, bool Metric = true);
