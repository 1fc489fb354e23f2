using FractalGoals.Application.Common.Results;
using FractalGoals.Application.ReadModels;
using Mediator;

namespace FractalGoals.Application.Goals.CreateFractal;

/// <summary>
/// <c>POST /api/fractals</c> (contract #3). Type defaults to UltimateGoal. Answers the whole new node, with #3's
/// <c>id</c>, <c>name</c> and <c>description</c> first at its top (ADR 0048).
/// </summary>
public sealed record CreateFractalCommand(string? Name, string? Description, string? Type) : ICommand<Result<GoalNode>>;
