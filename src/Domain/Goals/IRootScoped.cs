namespace FractalGoals.Domain.Goals;

/// <summary>
/// A row that belongs to exactly one fractal (domain-rules §5). The value is derived, never chosen. A fractal is a root
/// goal, so the notion lives with the goals and every other module depends on it (ADR 0037).
/// </summary>
public interface IRootScoped
{
    GoalId RootId { get; }
}
