using System.Text.Json.Nodes;
using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Application.Sessions.Specifications;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using Mediator;

namespace FractalGoals.Application.Sessions.UpdateSession;

/// <summary>Applies the present fields; activity instances are never derived from session_data (contract #20).</summary>
internal sealed class UpdateSessionHandler(
    FractalScope fractal, IRepository<Goal> goals, IReadRepository<ActivityInstance> instances, IReadRepository<ActivityDefinition> activities, TimeProvider clock)
    : ICommandHandler<UpdateSessionCommand, Result<JsonNode>>
{
    public async ValueTask<Result<JsonNode>> Handle(UpdateSessionCommand command, CancellationToken cancellationToken)
    {
        // Tracked, so the session rendered below is the changed one.
        var members = await goals.ListAsync(new FractalGoalsSpec(fractal.RootId, forUpdate: true), cancellationToken);
        if (!GoalId.TryParse(command.SessionId, out var sessionId) || members.FirstOrDefault(g => g.Id == sessionId && g.IsSession) is not { } session)
            return Result<JsonNode>.NotFound(SessionMessages.SessionNotFound);

        Apply(command, session, clock.LocalNow());
        var nodes = await SessionViews.RendererAsync(fractal.RootId, members, [session.Id], instances, activities, cancellationToken);
        return nodes.WithChildren(session);
    }

    private void Apply(UpdateSessionCommand command, Goal session, DateTime now)
    {
        if (command.Name.IsPresent) session.Rename(command.Name.Value, now);
        if (command.Description.IsPresent) session.Describe(command.Description.Value, now);
        if (command.DurationMinutes.IsPresent) session.PlanDuration(command.DurationMinutes.Value, now);
        if (command.TotalDurationSeconds.IsPresent) session.SetTotalDurationSeconds(command.TotalDurationSeconds.Value, now);
        if (command.TemplateId.IsPresent) session.SetTemplateId(command.TemplateId.Value, now);
        if (command.Completed.IsPresent) session.SetCompleted(command.Completed.Value, now);
        if (command.SessionStart.IsPresent || command.SessionEnd.IsPresent)
        {
            var start = command.SessionStart.IsPresent ? SessionTimeRules.Parse(command.SessionStart.Value, clock) : session.SessionStart;
            var end = command.SessionEnd.IsPresent ? SessionTimeRules.Parse(command.SessionEnd.Value, clock) : session.SessionEnd;
            session.SetSessionTimes(start, end, now);
        }
        if (command.SessionData.IsPresent)
            session.RecordSessionData(JsonText.Parse(command.SessionData.Value, "session_data"), now);
    }
}
