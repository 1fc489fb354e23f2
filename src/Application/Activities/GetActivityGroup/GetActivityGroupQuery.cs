using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Activities.GetActivityGroup;

/// <summary>
/// <c>GET /api/{root_id}/activity-groups/{group_id}</c> (issue 15, ADR 0049): one live group of this fractal exactly
/// as <c>GET /api/{root_id}/activity-groups</c> (#26) lists it, with its version as ETag.
/// </summary>
public sealed record GetActivityGroupQuery(string RootId, string GroupId) : IFractalRequest, IQuery<Result<ActivityGroupResponse>>;
