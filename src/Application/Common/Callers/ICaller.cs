namespace FractalGoals.Application.Common.Callers;

/// <summary>
/// Who the current request acts for (issue 16, ADR 0051): the signed-in account's id in <c>Accounts</c> mode, or
/// <see langword="null"/> in <c>Local</c> mode, where every request acts as the one local owner. One per request
/// scope, registered by the Api.
/// </summary>
public interface ICaller
{
    /// <summary>The account's id (Identity's user id), or null when there are no accounts.</summary>
    string? UserId { get; }
}
