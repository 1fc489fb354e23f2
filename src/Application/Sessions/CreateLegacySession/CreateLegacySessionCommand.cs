using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Sessions.CreateLegacySession;

/// <summary><c>POST /api/goals/practice-session</c> (contract #14): the fractal is the one of the parents.</summary>
public sealed record CreateLegacySessionCommand(
    IReadOnlyList<string?>? ParentIds,
    IReadOnlyList<ImmediateGoalInput?>? ImmediateGoals = null,
    string? Description = null) : ICommand<Result<CreatedLegacySessionResponse>>;
