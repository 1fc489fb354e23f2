namespace FractalGoals.Application.Common.Persistence;

/// <summary>The database refused a write because it breaks one of its constraints (ADR 0042).</summary>
public enum ConstraintKind
{
    /// <summary>A primary key or unique index: another writer got there first.</summary>
    Unique,
    /// <summary>A reference to a row that is gone, or a delete of a row still referenced.</summary>
    ForeignKey,
    /// <summary>A CHECK or NOT NULL rule.</summary>
    Check,
}

/// <summary>
/// The database, not a read before the write, decided: the save broke a constraint and nothing was committed.
/// A unique violation means another writer won a race; the command is retried and decides again on the row that won
/// (<see cref="Behaviors.WriteTransactionBehavior{TMessage, TResponse}"/>). What is left answers 409.
/// </summary>
public sealed class ConstraintViolationException : Exception
{
    public ConstraintViolationException()
        : this(ConstraintKind.Check, "The change breaks a rule of the stored data")
    {
    }

    public ConstraintViolationException(string message)
        : this(ConstraintKind.Check, message)
    {
    }

    public ConstraintViolationException(string message, Exception innerException)
        : this(ConstraintKind.Check, message, innerException)
    {
    }

    public ConstraintViolationException(ConstraintKind kind, string message, Exception? innerException = null)
        : base(message, innerException) => Kind = kind;

    public ConstraintKind Kind { get; }
}
