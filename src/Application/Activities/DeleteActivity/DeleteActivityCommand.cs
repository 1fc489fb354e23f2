using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Activities.DeleteActivity;

/// <summary>
/// <c>DELETE /api/{root_id}/activities/{activity_id}</c> (contract #34): retired (soft) when instances reference
/// it, so session history keeps its names; removed with its definitions otherwise.
/// </summary>
public sealed record DeleteActivityCommand(string RootId, string ActivityId) : IFractalRequest, ICommand<Result<ActivitiesMessageResponse>>;
