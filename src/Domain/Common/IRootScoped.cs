using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Common;

/// <summary>A row that belongs to exactly one fractal (domain-rules §5). The value is derived, never chosen.</summary>
public interface IRootScoped
{
    GoalId RootId { get; }
}
