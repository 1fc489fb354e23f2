using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FractalGoals.Infrastructure.Persistence.Configurations.Sessions;

/// <summary>
/// Table <c>metric_values</c> (domain-rules §3.8). No deleted_at: values are hidden with their instance.
/// RESTRICT on the metric (and, new, on the split) is the database's half of "never hard-delete a referenced definition".
/// </summary>
internal sealed class MetricValueConfiguration : IEntityTypeConfiguration<MetricValue>
{
    public void Configure(EntityTypeBuilder<MetricValue> builder)
    {
        builder.ToTable("metric_values");
        builder.HasKey(v => v.Id);
        builder.MapInsertionOrder();

        builder.Property(v => v.Id).Column("id", "TEXT", 0).ValueGeneratedNever();
        builder.Property(v => v.ActivityInstanceId).Column("activity_instance_id", "TEXT", 1);
        builder.Property(v => v.MetricDefinitionId).Column("metric_definition_id", "TEXT", 2);
        builder.Property(v => v.Value).Column("value", "FLOAT", 3);
        builder.Property(v => v.RootId).Column("root_id", "TEXT", 4);
        builder.Property(v => v.UpdatedAt).Column("updated_at", "DATETIME", 5);
        builder.Property(v => v.CreatedAt).Column("created_at", "DATETIME", 6);
        builder.Property(v => v.SplitDefinitionId).Column("split_definition_id", "TEXT", 7);

        builder.HasOne<MetricDefinition>().WithMany().HasForeignKey(v => v.MetricDefinitionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SplitDefinition>().WithMany().HasForeignKey(v => v.SplitDefinitionId).OnDelete(DeleteBehavior.Restrict);   // new
        builder.HasOne<Goal>().WithMany().HasForeignKey(v => v.RootId).OnDelete(DeleteBehavior.NoAction);   // new

        builder.HasIndex([nameof(MetricValue.ActivityInstanceId)], "idx_metric_values_instance");
        builder.HasIndex([nameof(MetricValue.MetricDefinitionId)], "idx_metric_values_definition");
        builder.HasIndex([nameof(MetricValue.RootId)], "idx_metric_values_root");
        builder.HasIndex([nameof(MetricValue.RootId), nameof(MetricValue.MetricDefinitionId)], "idx_metric_values_root_metric");
    }
}
