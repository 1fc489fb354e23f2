using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Goals.CreateFractal;

/// <summary><c>POST /api/fractals</c> (contract #3). Type defaults to UltimateGoal.</summary>
public sealed record CreateFractalCommand(string? Name, string? Description, string? Type) : ICommand<Result<CreatedFractalResponse>>;
