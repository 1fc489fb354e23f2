using FractalGoals.Application.ReadModels;

namespace FractalGoals.Application.Sessions.CreateLegacySession;

/// <summary>Contract #14: <c>{"success": true, "practice_session": SessionNode}</c>.</summary>
public sealed record CreatedLegacySessionResponse(bool Success, GoalNode PracticeSession);
