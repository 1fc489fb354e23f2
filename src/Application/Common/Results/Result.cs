using FractalGoals.Application.Common.Versions;

namespace FractalGoals.Application.Common.Results;

/// <summary>
/// The expected outcomes of a use case (ADR 0006): success, or a not-found / invalid / conflict answer with the
/// contract's exact message. Broken domain rules are exceptions instead; bugs are other exceptions.
/// </summary>
public sealed record Result<T> : IResultStatus
{
    internal Result(ResultStatus status, T? value, string? error) => (Status, Value, Error) = (status, value, error);

    public ResultStatus Status { get; }

    public T? Value { get; }

    public string? Error { get; }

    public bool IsSuccess => Status is ResultStatus.Ok or ResultStatus.Created;

    /// <summary>The version of the one resource a read answered, sent as its ETag (ADR 0044); null for lists and writes.</summary>
    public ResourceVersion? Version { get; private init; }

    /// <summary>This success, as the resource at the version of <paramref name="updatedAt"/>.</summary>
    public Result<T> At(DateTime? updatedAt) => this with { Version = new ResourceVersion(updatedAt) };

#pragma warning disable CA1000 // factories on the generic type read best at call sites: Result<T>.NotFound("…")
    public static Result<T> Ok(T value) => new(ResultStatus.Ok, value, null);

    public static Result<T> Created(T value) => new(ResultStatus.Created, value, null);

    public static Result<T> NotFound(string message) => new(ResultStatus.NotFound, default, message);

    public static Result<T> Invalid(string message) => new(ResultStatus.Invalid, default, message);

    public static Result<T> Conflict(string message) => new(ResultStatus.Conflict, default, message);
#pragma warning restore CA1000

    /// <summary>This failure, as the result of a caller with another value type.</summary>
    public Result<TOther> Failed<TOther>() =>
        IsSuccess ? throw new InvalidOperationException("A successful result is not a failure") : new(Status, default, Error);

    public static implicit operator Result<T>(T value) => Ok(value);
}
