using System.Text.Json.Nodes;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Goals.CreateGoal;

/// <summary>
/// <c>POST /api/{root_id}/goals</c> (contract #6, Q-01/Q-03/Q-04 fixed): a goal of the next level under a live
/// goal or session of this fractal. Its root is the parent's, never chosen.
/// </summary>
public sealed record CreateGoalCommand(string RootId, string? Name, string? Description, string? Type, string? ParentId, string? Deadline)
    : IFractalRequest, ICommand<Result<JsonObject>>;
