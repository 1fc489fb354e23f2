using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.ReadModels;
using Mediator;

namespace FractalGoals.Application.Sessions.GetActivityInstance;

/// <summary>
/// <c>GET /api/{root_id}/activity-instances/{instance_id}</c> (issue 15, ADR 0049): one instance exactly as
/// <c>GET /api/{root_id}/activity-instances</c> (#40) lists it, with its version as ETag.
/// </summary>
public sealed record GetActivityInstanceQuery(string RootId, string InstanceId) : IFractalRequest, IQuery<Result<ActivityInstanceNode>>;
