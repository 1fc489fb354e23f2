using FluentValidation;
using FractalGoals.Application.Common;

namespace FractalGoals.Application.Sessions;

internal static class SessionTimeRules
{
    /// <summary>Absent/null is fine; otherwise a date or ISO 8601 date-time (offsets become server-local, Q-06/Q-14).</summary>
    public static IRuleBuilderOptions<T, string?> IsClientTime<T>(this IRuleBuilder<T, string?> rule, TimeProvider clock, string field) =>
        rule.Must(text => text is null || ClientTime.TryParseDateTime(text, clock, out _))
            .WithMessage($"Invalid {field} format. Use ISO 8601");

    public static DateTime? Parse(string? text, TimeProvider clock) =>
        text is not null && ClientTime.TryParseDateTime(text, clock, out var value) ? value : null;
}
