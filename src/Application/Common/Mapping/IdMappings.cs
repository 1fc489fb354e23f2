using FractalGoals.Domain.Goals;
using Mapster;

namespace FractalGoals.Application.Common.Mapping;

/// <summary>Typed ids flatten to their text on the wire.</summary>
internal sealed class IdMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.NewConfig<GoalId, string>().MapWith(id => id.Value);
    }
}
