using FractalGoals.Domain.Common;

namespace FractalGoals.Domain.Templates;

public readonly record struct SessionTemplateId
{
    public SessionTemplateId(string value) => Value = EntityIdText.Validate(value, "template id");

    public string Value { get; }

    public static SessionTemplateId New() => new(EntityIdText.NewUuid());

    public override string ToString() => Value;
}
