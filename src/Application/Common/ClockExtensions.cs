namespace FractalGoals.Application.Common;

public static class ClockExtensions
{
    /// <summary>The server's local wall-clock time, naive — what every stored timestamp is (ADR 0012).</summary>
    public static DateTime LocalNow(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateTime.SpecifyKind(clock.GetLocalNow().DateTime, DateTimeKind.Unspecified);
    }
}
