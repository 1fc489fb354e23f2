using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FractalGoals.Infrastructure.Persistence.Configurations.Programs;

/// <summary>Table <c>programs</c> (domain-rules §3.10). No deleted_at: programs are hard-deleted with their blocks.</summary>
internal sealed class TrainingProgramConfiguration : IEntityTypeConfiguration<TrainingProgram>
{
    public void Configure(EntityTypeBuilder<TrainingProgram> builder)
    {
        builder.ToTable("programs");
        builder.HasKey(p => p.Id);
        builder.Ignore(p => p.DomainEvents);

        builder.Property(p => p.Id).Column("id", "VARCHAR", 0);
        builder.Property(p => p.RootId).Column("root_id", "VARCHAR", 1).IsRequired();
        builder.Property(p => p.Name).Column("name", "VARCHAR", 2).IsRequired();
        builder.Property(p => p.Description).Column("description", "VARCHAR", 3).LegacyDefault("");
        builder.Property(p => p.StartDate).Column("start_date", "TIMESTAMP", 4).IsRequired();
        builder.Property(p => p.EndDate).Column("end_date", "TIMESTAMP", 5).IsRequired();
        builder.Property(p => p.CreatedAt).Column("created_at", "TIMESTAMP", 6).IsRequired();
        builder.Property(p => p.UpdatedAt).Column("updated_at", "TIMESTAMP", 7).IsRequired();
        builder.Property(p => p.IsActive).Column("is_active", "BOOLEAN", 8).LegacyDefault(true);
        builder.Property(p => p.GoalIds).Column("goal_ids", "TEXT", 9).IsRequired();
        builder.Property(p => p.WeeklySchedule).Column("weekly_schedule", "TEXT", 10).IsRequired();

        builder.HasOne<Goal>().WithMany().HasForeignKey(p => p.RootId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(p => p.Blocks).WithOne().HasForeignKey(b => b.ProgramId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Blocks).HasField("_blocks").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();

        builder.HasIndex([nameof(TrainingProgram.RootId)], "idx_programs_root");
        builder.HasIndex([nameof(TrainingProgram.IsActive)], "idx_programs_active");
    }
}
