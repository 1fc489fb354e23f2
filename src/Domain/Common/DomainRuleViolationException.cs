namespace FractalGoals.Domain.Common;

/// <summary>
/// The one exception the domain throws when a rule would be broken. <see cref="Exception.Message"/> is what
/// the client sees (a 400 problem document's <c>error</c> member); <see cref="Code"/> is stable and
/// machine-readable, for logs, tests and the problem document's <c>code</c> member.
/// </summary>
public sealed class DomainRuleViolationException : Exception
{
    public DomainRuleViolationException(string code, string message)
        : base(message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
    }

    public DomainRuleViolationException()
        : this("domain.rule_violation", "A domain rule was violated")
    {
    }

    public DomainRuleViolationException(string message)
        : this("domain.rule_violation", message)
    {
    }

    public DomainRuleViolationException(string message, Exception innerException)
        : base(message, innerException) => Code = "domain.rule_violation";

    public string Code { get; }
}
