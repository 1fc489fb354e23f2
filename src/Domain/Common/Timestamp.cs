namespace FractalGoals.Domain.Common;

/// <summary>
/// Every stored datetime is naive server-local wall-clock time with microsecond precision (domain-rules §2.2,
/// ADR 0012). Normalising at the entity boundary means what is saved is exactly what is read back.
/// </summary>
public static class Timestamp
{
    public static DateTime Naive(DateTime value)
    {
        if (value.Kind == DateTimeKind.Utc)
            throw new DomainRuleViolationException("time.not_local", "Timestamps are naive server-local times; convert UTC values first");
        var truncated = value.Ticks - (value.Ticks % 10);   // .NET ticks are 100 ns; storage keeps microseconds
        return new DateTime(truncated, DateTimeKind.Unspecified);
    }

    public static DateTime? Naive(DateTime? value) => value is null ? null : Naive(value.Value);
}
