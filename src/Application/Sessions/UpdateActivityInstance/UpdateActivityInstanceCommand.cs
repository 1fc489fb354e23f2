using System.Text.Json.Nodes;
using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Sessions.UpdateSession;
using Mediator;

namespace FractalGoals.Application.Sessions.UpdateActivityInstance;

/// <summary>
/// <c>PUT /api/{root_id}/activity-instances/{instance_id}</c> (contract #44): each field applies only when present.
/// <see cref="Sets"/> holds the JSON text of the sent value. A client <c>duration_seconds</c> is not carried: the
/// duration is always derived from the times.
/// </summary>
public sealed record UpdateActivityInstanceCommand(string RootId, string InstanceId, string? PracticeSessionId, string? ActivityDefinitionId)
    : IFractalRequest, ICommand<Result<JsonNode>>
{
    public Patch<string> TimeStart { get; init; }

    public Patch<string> TimeStop { get; init; }

    public Patch<bool> Completed { get; init; }

    public Patch<string> Notes { get; init; }

    public Patch<string> Sets { get; init; }
}
