using FractalGoals.Domain.Goals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FractalGoals.Infrastructure.Persistence.Configurations.Goals;

/// <summary>Table <c>practice_session_goals</c> (domain-rules §3.2): no timestamps, no root_id, composite key.</summary>
internal sealed class SessionGoalLinkConfiguration : IEntityTypeConfiguration<SessionGoalLink>
{
    public void Configure(EntityTypeBuilder<SessionGoalLink> builder)
    {
        builder.ToTable("practice_session_goals");
        builder.HasKey(l => new { l.PracticeSessionId, l.ShortTermGoalId });
        builder.MapInsertionOrder();
        builder.Property(l => l.PracticeSessionId).HasColumnName("practice_session_id").HasColumnType("VARCHAR").HasColumnOrder(0);
        builder.Property(l => l.ShortTermGoalId).HasColumnName("short_term_goal_id").HasColumnType("VARCHAR").HasColumnOrder(1);
        builder.HasOne<Goal>().WithMany().HasForeignKey(l => l.ShortTermGoalId).OnDelete(DeleteBehavior.Cascade);
    }
}
