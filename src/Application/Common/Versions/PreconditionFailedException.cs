namespace FractalGoals.Application.Common.Versions;

/// <summary>The resource is not at the version the client's <c>If-Match</c> named; nothing was saved (412).</summary>
public sealed class PreconditionFailedException : Exception
{
    public PreconditionFailedException()
        : base("The resource was changed since it was read; reload it and try again")
    {
    }

    public PreconditionFailedException(string message)
        : base(message)
    {
    }

    public PreconditionFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
