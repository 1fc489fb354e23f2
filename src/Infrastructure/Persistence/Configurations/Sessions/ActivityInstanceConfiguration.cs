using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FractalGoals.Infrastructure.Persistence.Configurations.Sessions;

/// <summary>Table <c>activity_instances</c> (domain-rules §3.7); ids may be client-made. Values load with the instance.</summary>
internal sealed class ActivityInstanceConfiguration : IEntityTypeConfiguration<ActivityInstance>
{
    public void Configure(EntityTypeBuilder<ActivityInstance> builder)
    {
        builder.ToTable("activity_instances");
        builder.HasKey(i => i.Id);
        builder.Ignore(i => i.DomainEvents);

        builder.Property(i => i.Id).Column("id", "TEXT", 0).ValueGeneratedNever();
        builder.Property(i => i.PracticeSessionId).Column("practice_session_id", "TEXT", 1);
        builder.Property(i => i.ActivityDefinitionId).Column("activity_definition_id", "TEXT", 2);
        builder.Property(i => i.CreatedAt).Column("created_at", "TIMESTAMP", 3);
        builder.Property(i => i.TimeStart).Column("time_start", "TIMESTAMP", 4);
        builder.Property(i => i.TimeStop).Column("time_stop", "TIMESTAMP", 5);
        builder.Property(i => i.DurationSeconds).Column("duration_seconds", "INTEGER", 6);
        builder.Property(i => i.RootId).Column("root_id", "TEXT", 7);
        builder.Property(i => i.DeletedAt).Column("deleted_at", "DATETIME", 8);
        builder.Property(i => i.UpdatedAt).Column("updated_at", "DATETIME", 9);
        builder.Property(i => i.SortOrder).Column("sort_order", "INTEGER", 10).LegacyDefault(0);
        builder.Property(i => i.Completed).Column("completed", "BOOLEAN", 11).LegacyDefault(false);
        builder.Property(i => i.Notes).Column("notes", "TEXT", 12);
        builder.Property(i => i.Data).Column("data", "TEXT", 13);

        builder.HasOne<Goal>().WithMany().HasForeignKey(i => i.PracticeSessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ActivityDefinition>().WithMany().HasForeignKey(i => i.ActivityDefinitionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Goal>().WithMany().HasForeignKey(i => i.RootId).OnDelete(DeleteBehavior.NoAction);   // new

        builder.HasMany(i => i.MetricValues).WithOne().HasForeignKey(v => v.ActivityInstanceId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.MetricValues).HasField("_metricValues").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();

        builder.HasIndex([nameof(ActivityInstance.PracticeSessionId)], "idx_activity_instances_session");
        builder.HasIndex([nameof(ActivityInstance.ActivityDefinitionId)], "idx_activity_instances_definition");
        builder.HasIndex([nameof(ActivityInstance.RootId)], "idx_activity_instances_root");
        builder.HasIndex([nameof(ActivityInstance.RootId), nameof(ActivityInstance.CreatedAt)], "idx_activity_instances_root_date").IsDescending(false, true);
        builder.HasIndex([nameof(ActivityInstance.PracticeSessionId), nameof(ActivityInstance.CreatedAt)], "idx_activity_instances_session_created");
    }
}
