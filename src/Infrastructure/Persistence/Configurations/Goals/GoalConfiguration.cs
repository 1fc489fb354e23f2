using FractalGoals.Domain.Goals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FractalGoals.Infrastructure.Persistence.Configurations.Goals;

/// <summary>Table <c>goals</c> (domain-rules §3.1): every level, practice sessions included (ADR 0016).</summary>
internal sealed class GoalConfiguration : IEntityTypeConfiguration<Goal>
{
    public void Configure(EntityTypeBuilder<Goal> builder)
    {
        builder.ToTable("goals", t => t.HasCheckConstraint("valid_goal_type", GoalTypeCheck));
        builder.HasKey(g => g.Id);
        builder.Ignore(g => g.DomainEvents);

        var order = 0;
        builder.Property(g => g.Id).HasColumnName("id").HasColumnType("TEXT").HasColumnOrder(order++);
        builder.Property(g => g.Type).HasColumnName("type").HasColumnType("TEXT").HasConversion<string>().IsRequired().HasColumnOrder(order++);
        builder.Property(g => g.Name).HasColumnName("name").HasColumnType("TEXT").IsRequired().HasColumnOrder(order++);
        builder.Property(g => g.Description).HasColumnName("description").HasColumnType("TEXT").LegacyDefault("").HasColumnOrder(order++);
        builder.Property(g => g.Deadline).HasColumnName("deadline").HasColumnType("TIMESTAMP").HasColumnOrder(order++);
        builder.Property(g => g.Completed).HasColumnName("completed").HasColumnType("BOOLEAN").LegacyDefault(false).HasColumnOrder(order++);
        builder.Property(g => g.CreatedAt).HasColumnName("created_at").HasColumnType("TIMESTAMP").HasColumnOrder(order++);
        builder.Property(g => g.ParentId).HasColumnName("parent_id").HasColumnType("TEXT").HasColumnOrder(order++);
        builder.Property(g => g.RootId).HasColumnName("root_id").HasColumnType("TEXT").IsRequired().HasColumnOrder(order++);
        builder.Property(g => g.DurationMinutes).HasColumnName("duration_minutes").HasColumnType("INTEGER").HasColumnOrder(order++);
        builder.Property(g => g.SessionData).HasColumnName("session_data").HasColumnType("TEXT").HasColumnOrder(order++);
        builder.Property(g => g.Targets).HasColumnName("targets").HasColumnType("TEXT").HasColumnOrder(order++);
        builder.Property(g => g.UpdatedAt).HasColumnName("updated_at").HasColumnType("TIMESTAMP").HasColumnOrder(order++);
        builder.Property(g => g.SessionStart).HasColumnName("session_start").HasColumnType("TIMESTAMP").HasColumnOrder(order++);
        builder.Property(g => g.SessionEnd).HasColumnName("session_end").HasColumnType("TIMESTAMP").HasColumnOrder(order++);
        builder.Property(g => g.TotalDurationSeconds).HasColumnName("total_duration_seconds").HasColumnType("INTEGER").HasColumnOrder(order++);
        builder.Property(g => g.TemplateId).HasColumnName("template_id").HasColumnType("VARCHAR").HasColumnOrder(order++);
        builder.Property(g => g.Attributes).HasColumnName("attributes").HasColumnType("TEXT").HasColumnOrder(order++);
        builder.Property(g => g.DeletedAt).HasColumnName("deleted_at").HasColumnType("DATETIME").HasColumnOrder(order++);
        builder.Property(g => g.SortOrder).HasColumnName("sort_order").HasColumnType("INTEGER").LegacyDefault(0).HasColumnOrder(order);

        // Derived members are not columns.
        builder.Ignore(g => g.ParentIds);
        builder.Ignore(g => g.SessionJson);

        builder.HasOne<Goal>().WithMany().HasForeignKey(g => g.ParentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Goal>().WithMany().HasForeignKey(g => g.RootId).OnDelete(DeleteBehavior.NoAction);   // new: root_id must name a goal (checked at statement end, so a root may name itself)

        builder.HasMany(g => g.GoalLinks).WithOne().HasForeignKey(l => l.PracticeSessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(g => g.GoalLinks).HasField("_goalLinks").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();

        builder.HasIndex([nameof(Goal.ParentId)], "idx_goals_parent_id");
        builder.HasIndex([nameof(Goal.RootId)], "idx_goals_root_id");
        builder.HasIndex([nameof(Goal.Type)], "idx_goals_type");
        builder.HasIndex([nameof(Goal.CreatedAt)], "idx_goals_created_at");
        builder.HasIndex([nameof(Goal.ParentId), nameof(Goal.Type)], "idx_goals_parent_type");
        builder.HasIndex([nameof(Goal.RootId), nameof(Goal.Type)], "idx_goals_root_type");
        builder.HasIndex([nameof(Goal.RootId), nameof(Goal.Type)], "idx_goals_completed").HasFilter("completed = 1");
        builder.HasIndex([nameof(Goal.RootId), nameof(Goal.CreatedAt)], "idx_goals_practice_sessions").HasFilter("type = 'PracticeSession'");
        // Not in the reference (ADR 0019 (8), ADR 0034): GET /api/fractals takes each fractal's newest change from
        // the live goals with a parent grouped by root_id; this narrow index holds every column that reads (a
        // covering scan, no goal row — and its JSON blobs — is touched).
        builder.HasIndex([nameof(Goal.RootId), nameof(Goal.DeletedAt), nameof(Goal.ParentId), nameof(Goal.UpdatedAt)], "ix_goals_root_stamp");
    }

    private static readonly string GoalTypeCheck =
        $"type IN ({string.Join(", ", Enum.GetNames<GoalType>().Select(n => $"'{n}'"))})";
}
