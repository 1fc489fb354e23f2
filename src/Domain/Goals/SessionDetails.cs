using FractalGoals.Domain.Common;

namespace FractalGoals.Domain.Goals;

/// <summary>What a caller may say about a new practice session (domain-rules §9). Plain stored values, no derivation.</summary>
public sealed record SessionDetails(
    string? Name,
    string? Description = null,
    int? DurationMinutes = null,
    JsonText? SessionData = null,
    string? TemplateId = null,
    int? TotalDurationSeconds = null,
    DateTime? SessionStart = null,
    DateTime? SessionEnd = null);
