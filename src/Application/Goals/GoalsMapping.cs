using FractalGoals.Domain.Goals;
using Mapster;

namespace FractalGoals.Application.Goals;

/// <summary>Read-side mappings of the Goals module (only where names or shapes differ).</summary>
internal sealed class GoalsMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        // updated_at of a summary is derived from the whole tree (§2.9); the handler supplies it.
        config.NewConfig<Goal, FractalSummaryResponse>()
            .Map(d => d.Id, s => s.Id.Value)
            .Map(d => d.Type, s => s.Type.ToString())
            .Ignore(d => d.UpdatedAt);
    }
}
