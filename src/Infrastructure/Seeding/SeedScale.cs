namespace FractalGoals.Infrastructure.Seeding;

/// <summary>How much data <c>db seed</c> makes (issue 8).</summary>
public enum SeedScale
{
    /// <summary>A few fractals: seconds, for CI smoke runs and tests.</summary>
    Small,

    /// <summary>≈ 100 fractals, 46k goals, 205k activity instances, 654k metric values: the legacy measurement's dataset.</summary>
    Medium,

    /// <summary>≈ 1,000 fractals, 1M activity instances, 3M metric values: the scale check.</summary>
    Large,
}

/// <summary>
/// The size of one scale. Fractal 0 is the "typical" fractal and has <see cref="TypicalSessions"/> sessions at every
/// scale, generated from its own random stream, so its rows are the same in a medium and a large database: the scale
/// check compares the same fractal surrounded by 100 or by 1,000 others. The other fractals vary around
/// <see cref="MeanSessions"/>.
/// </summary>
public sealed record SeedProfile(SeedScale Scale, int Fractals, int TypicalSessions, int MeanSessions)
{
    public static SeedProfile Of(SeedScale scale) => scale switch
    {
        SeedScale.Small => new(scale, Fractals: 3, TypicalSessions: 20, MeanSessions: 12),
        SeedScale.Medium => new(scale, Fractals: 100, TypicalSessions: 270, MeanSessions: 270),
        SeedScale.Large => new(scale, Fractals: 1000, TypicalSessions: 270, MeanSessions: 133),
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, "unknown scale"),
    };

    /// <summary><c>small</c>, <c>medium</c> or <c>large</c>; anything else is null.</summary>
    public static SeedScale? Parse(string? text) => text?.ToLowerInvariant() switch
    {
        "small" => SeedScale.Small,
        "medium" => SeedScale.Medium,
        "large" => SeedScale.Large,
        _ => null,
    };
}
