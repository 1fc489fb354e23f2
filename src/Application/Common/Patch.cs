namespace FractalGoals.Application.Common;

/// <summary>
/// One field of a partial update (api-contract §1.10): absent, or present with a value (null included).
/// <see cref="IsWrongType"/> is true when the JSON value had the wrong type; the validator turns that into a 400.
/// </summary>
public readonly record struct Patch<T>(bool IsPresent, T? Value, bool IsWrongType = false)
{
#pragma warning disable CA1000 // factories on the generic type read best at call sites: Patch<string>.Absent
    public static Patch<T> Absent => default;

    public static Patch<T> Of(T? value) => new(true, value);

    public static Patch<T> WrongType => new(true, default, true);
#pragma warning restore CA1000
}
