namespace FractalGoals.Application.Common.Persistence;

/// <summary>
/// Another writer changed a row this command read (its <c>updated_at</c> moved). Nothing was saved; the API
/// answers 409 so the client reloads instead of silently overwriting someone else's change.
/// </summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException()
        : base("The record was changed by someone else; reload and try again")
    {
    }

    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
