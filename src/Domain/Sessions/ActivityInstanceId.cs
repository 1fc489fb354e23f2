using FractalGoals.Domain.Common;

namespace FractalGoals.Domain.Sessions;

/// <summary>Clients choose these (a UUID from the browser, sometimes other text); they are kept verbatim.</summary>
public readonly record struct ActivityInstanceId
{
    public ActivityInstanceId(string value) => Value = EntityIdText.Validate(value, "activity instance id");

    public string Value { get; }

    public static ActivityInstanceId New() => new(EntityIdText.NewUuid());

    public override string ToString() => Value;
}
