using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Common.Fractals;

/// <summary>Every live goal of one fractal, and its root among them (<see cref="FractalScope.ReadLiveGoalsAsync"/>).</summary>
public sealed record LiveFractal(Goal Root, IReadOnlyList<Goal> Goals);
