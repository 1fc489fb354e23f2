using FractalGoals.Domain.Activities;
using Mapster;

namespace FractalGoals.Application.Activities;

/// <summary>Read-side mappings of the Activities module: typed ids to text, only live definitions listed.</summary>
internal sealed class ActivitiesMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.NewConfig<ActivityGroup, ActivityGroupResponse>()
            .Map(d => d.Id, s => s.Id.Value)
            .Map(d => d.RootId, s => s.RootId.Value);
        config.NewConfig<MetricDefinition, MetricDefinitionResponse>()
            .Map(d => d.Id, s => s.Id.Value);
        config.NewConfig<SplitDefinition, SplitDefinitionResponse>()
            .Map(d => d.Id, s => s.Id.Value);
        // Retired definitions stay on the aggregate for history but are never listed; splits by order.
        config.NewConfig<ActivityDefinition, ActivityResponse>()
            .Map(d => d.Id, s => s.Id.Value)
            .Map(d => d.GroupId, s => s.GroupId == null ? null : s.GroupId.Value.Value)
            .Map(d => d.MetricDefinitions, s => s.ActiveMetrics)
            .Map(d => d.SplitDefinitions, s => s.ActiveSplits);
    }
}
