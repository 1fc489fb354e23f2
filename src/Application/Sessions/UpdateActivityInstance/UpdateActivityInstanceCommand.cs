using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.ReadModels;
using FractalGoals.Application.Sessions.UpdateSession;
using Mediator;

namespace FractalGoals.Application.Sessions.UpdateActivityInstance;

/// <summary>
/// <c>PUT /api/{root_id}/activity-instances/{instance_id}</c> (contract #44): each field applies only when present.
/// <see cref="Sets"/> holds the JSON text of the sent value. A client <c>duration_seconds</c> is not carried: the
/// duration is always derived from the times. With <see cref="InSession"/> it is also
/// <c>PUT /api/{root_id}/sessions/{session_id}/activities/{instance_id}</c> (issue 15, ADR 0049): the same edit, only of
/// an instance of that session, and never a creation.
/// </summary>
public sealed record UpdateActivityInstanceCommand(string RootId, string InstanceId, string? PracticeSessionId, string? ActivityDefinitionId)
    : IFractalRequest, ICommand<Result<ActivityInstanceNode>>
{
    /// <summary>
    /// The route's session, when the route names one: the instance must be a live instance of this session of this
    /// fractal, else 404 "Activity instance not found" — the creation ids of the body are then not used.
    /// </summary>
    public string? InSession { get; init; }

    public Patch<string> TimeStart { get; init; }

    public Patch<string> TimeStop { get; init; }

    public Patch<bool> Completed { get; init; }

    public Patch<string> Notes { get; init; }

    public Patch<string> Sets { get; init; }
}
