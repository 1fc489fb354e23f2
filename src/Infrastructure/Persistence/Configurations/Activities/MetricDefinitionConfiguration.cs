using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FractalGoals.Infrastructure.Persistence.Configurations.Activities;

/// <summary>
/// Table <c>metric_definitions</c> (domain-rules §3.5). No soft-delete filter: retired metrics stay resolvable so
/// old values keep their name and unit; listings select active ones.
/// </summary>
internal sealed class MetricDefinitionConfiguration : IEntityTypeConfiguration<MetricDefinition>
{
    public void Configure(EntityTypeBuilder<MetricDefinition> builder)
    {
        builder.ToTable("metric_definitions");
        builder.HasKey(m => m.Id);
        builder.MapInsertionOrder();

        builder.Property(m => m.Id).Column("id", "TEXT", 0).ValueGeneratedNever();
        builder.Property(m => m.ActivityId).Column("activity_id", "TEXT", 1);
        builder.Property(m => m.Name).Column("name", "TEXT", 2);
        builder.Property(m => m.Unit).Column("unit", "TEXT", 3);
        builder.Property(m => m.CreatedAt).Column("created_at", "TIMESTAMP", 4);
        builder.Property(m => m.DeletedAt).Column("deleted_at", "TIMESTAMP", 5);
        builder.Property(m => m.IsActive).Column("is_active", "BOOLEAN", 6).LegacyDefault(true);
        builder.Property(m => m.IsTopSetMetric).Column("is_top_set_metric", "BOOLEAN", 7).LegacyDefault(false);
        builder.Property(m => m.IsMultiplicative).Column("is_multiplicative", "BOOLEAN", 8).LegacyDefault(true);
        builder.Property(m => m.RootId).Column("root_id", "TEXT", 9);
        builder.Property(m => m.UpdatedAt).Column("updated_at", "DATETIME", 10);
        builder.Property(m => m.SortOrder).Column("sort_order", "INTEGER", 11).LegacyDefault(0);

        builder.HasOne<Goal>().WithMany().HasForeignKey(m => m.RootId).OnDelete(DeleteBehavior.NoAction);   // new

        builder.HasIndex([nameof(MetricDefinition.ActivityId)], "idx_metric_definitions_activity");
        builder.HasIndex([nameof(MetricDefinition.RootId)], "idx_metric_definitions_root");
        builder.HasIndex([nameof(MetricDefinition.ActivityId)], "idx_metric_definitions_active").HasFilter("is_active = 1");
    }
}
