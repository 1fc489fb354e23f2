using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Responses;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.ReadModels;
using Mediator;

namespace FractalGoals.Application.Sessions.ListSessionActivities;

/// <summary><c>GET /api/{root_id}/sessions/{session_id}/activities</c> (contract #22): live instances in the session's order — position, then oldest first (ADR 0049).</summary>
public sealed record ListSessionActivitiesQuery(string RootId, string SessionId) : IFractalRequest, IQuery<Result<WrittenList<ActivityInstanceNode>>>;
