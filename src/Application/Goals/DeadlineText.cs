using FractalGoals.Application.Common;

namespace FractalGoals.Application.Goals;

/// <summary>
/// A deadline as clients send it: <c>YYYY-MM-DD</c> or an ISO date-time whose date part is used
/// (the inspector echoes <c>…T00:00:00</c>); null or <c>""</c> mean "no deadline".
/// </summary>
internal static class DeadlineText
{
    public static bool IsValid(string? text) => string.IsNullOrEmpty(text) || ClientTime.TryParseDate(text, out _);

    public static DateOnly? Parse(string? text) =>
        string.IsNullOrEmpty(text) ? null : ClientTime.TryParseDate(text, out var date) ? date : null;
}
