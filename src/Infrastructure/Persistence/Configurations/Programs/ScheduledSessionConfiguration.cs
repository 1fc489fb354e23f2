using FractalGoals.Domain.Programs;
using FractalGoals.Domain.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FractalGoals.Infrastructure.Persistence.Configurations.Programs;

/// <summary>Table <c>scheduled_sessions</c> (domain-rules §3.13). The template reference may point at a deleted template.</summary>
internal sealed class ScheduledSessionConfiguration : IEntityTypeConfiguration<ScheduledSession>
{
    public void Configure(EntityTypeBuilder<ScheduledSession> builder)
    {
        builder.ToTable("scheduled_sessions");
        builder.HasKey(s => s.Id);
        builder.MapInsertionOrder();

        builder.Property(s => s.Id).Column("id", "VARCHAR", 0).ValueGeneratedNever();
        builder.Property(s => s.DayId).Column("day_id", "VARCHAR", 1).IsRequired();
        builder.Property(s => s.SessionTemplateId).Column("session_template_id", "VARCHAR", 2);
        builder.Property(s => s.IsCompleted).Column("is_completed", "BOOLEAN", 3);
        builder.Property(s => s.CompletionData).Column("completion_data", "TEXT", 4);

        builder.HasOne<SessionTemplate>().WithMany().HasForeignKey(s => s.SessionTemplateId).OnDelete(DeleteBehavior.NoAction);

        builder.HasIndex([nameof(ScheduledSession.DayId)], "ix_scheduled_sessions_day");   // not in the reference: ADR 0019 (7), 0033
    }
}
