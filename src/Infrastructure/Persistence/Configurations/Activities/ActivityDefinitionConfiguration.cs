using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FractalGoals.Infrastructure.Persistence.Configurations.Activities;

/// <summary>Table <c>activity_definitions</c> (domain-rules §3.4); the aggregate always loads with its metrics and splits.</summary>
internal sealed class ActivityDefinitionConfiguration : IEntityTypeConfiguration<ActivityDefinition>
{
    public void Configure(EntityTypeBuilder<ActivityDefinition> builder)
    {
        builder.ToTable("activity_definitions");
        builder.HasKey(a => a.Id);
        builder.Ignore(a => a.DomainEvents);
        builder.Ignore(a => a.ActiveMetrics);   // computed views over Metrics/Splits, not relationships
        builder.Ignore(a => a.ActiveSplits);

        builder.Property(a => a.Id).Column("id", "TEXT", 0);
        builder.Property(a => a.RootId).Column("root_id", "TEXT", 1);
        builder.Property(a => a.Name).Column("name", "TEXT", 2);
        builder.Property(a => a.Description).Column("description", "TEXT", 3).LegacyDefault("");
        builder.Property(a => a.CreatedAt).Column("created_at", "TIMESTAMP", 4);
        builder.Property(a => a.HasSets).Column("has_sets", "BOOLEAN", 5).LegacyDefault(false);
        builder.Property(a => a.HasMetrics).Column("has_metrics", "BOOLEAN", 6).LegacyDefault(true);
        builder.Property(a => a.MetricsMultiplicative).Column("metrics_multiplicative", "BOOLEAN", 7).LegacyDefault(false);
        builder.Property(a => a.HasSplits).Column("has_splits", "BOOLEAN", 8).LegacyDefault(false);
        builder.Property(a => a.GroupId).Column("group_id", "TEXT", 9);
        builder.Property(a => a.DeletedAt).Column("deleted_at", "DATETIME", 10);
        builder.Property(a => a.UpdatedAt).Column("updated_at", "DATETIME", 11);

        builder.HasOne<Goal>().WithMany().HasForeignKey(a => a.RootId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<ActivityGroup>().WithMany().HasForeignKey(a => a.GroupId).OnDelete(DeleteBehavior.SetNull);   // new

        builder.HasMany(a => a.Metrics).WithOne().HasForeignKey(m => m.ActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Metrics).HasField("_metrics").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.HasMany(a => a.Splits).WithOne().HasForeignKey(s => s.ActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Splits).HasField("_splits").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();

        builder.HasIndex([nameof(ActivityDefinition.GroupId)], "idx_activity_definitions_group");
        builder.HasIndex([nameof(ActivityDefinition.RootId)], "idx_activity_definitions_root");
    }
}
