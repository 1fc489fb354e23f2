using FractalGoals.Domain.Common;

namespace FractalGoals.Domain.Programs;

public readonly record struct ScheduledSessionId
{
    public ScheduledSessionId(string value) => Value = EntityIdText.Validate(value, "scheduled session id");

    public string Value { get; }

    public static ScheduledSessionId New() => new(EntityIdText.NewUuid());

    public override string ToString() => Value;
}
