using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Activities.GetActivity;

/// <summary>
/// <c>GET /api/{root_id}/activities/{activity_id}</c> (issue 15, ADR 0049): one live activity of this fractal exactly
/// as <c>GET /api/{root_id}/activities</c> (#31) lists it, with its version as ETag.
/// </summary>
public sealed record GetActivityQuery(string RootId, string ActivityId) : IFractalRequest, IQuery<Result<ActivityResponse>>;
