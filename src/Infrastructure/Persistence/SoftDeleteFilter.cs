namespace FractalGoals.Infrastructure.Persistence;

/// <summary>The name of the global query filter that hides soft-deleted rows (ADR 0011).</summary>
public static class SoftDeleteFilter
{
    public const string Name = "SoftDelete";
}
