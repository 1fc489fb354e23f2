using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Responses;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.ReadModels;
using Mediator;

namespace FractalGoals.Application.Sessions.ReorderSessionActivities;

/// <summary>
/// <c>POST /api/{root_id}/sessions/{session_id}/activities/reorder</c> (issue 15, ADR 0049): the session's live
/// instances in the order of <paramref name="ActivityIds"/>, which must name each of them exactly once. Null when the
/// body has no <c>activity_ids</c> (a value of the wrong type is refused by the body reader).
/// </summary>
public sealed record ReorderSessionActivitiesCommand(string RootId, string SessionId, IReadOnlyList<string?>? ActivityIds)
    : IFractalRequest, ICommand<Result<WrittenList<ActivityInstanceNode>>>;
