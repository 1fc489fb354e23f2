namespace FractalGoals.Domain.Common;

/// <summary>A process-wide, strictly increasing number handed to each new child, so "made before" is comparable.</summary>
public static class CreationTickets
{
    private static long _last;

    public static long Next() => Interlocked.Increment(ref _last);
}
