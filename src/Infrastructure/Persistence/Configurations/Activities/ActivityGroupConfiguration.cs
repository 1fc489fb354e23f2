using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FractalGoals.Infrastructure.Persistence.Configurations.Activities;

/// <summary>Table <c>activity_groups</c> (domain-rules §3.3).</summary>
internal sealed class ActivityGroupConfiguration : IEntityTypeConfiguration<ActivityGroup>
{
    public void Configure(EntityTypeBuilder<ActivityGroup> builder)
    {
        builder.ToTable("activity_groups");
        builder.HasKey(g => g.Id);
        builder.Ignore(g => g.DomainEvents);

        builder.Property(g => g.Id).Column("id", "VARCHAR", 0);
        builder.Property(g => g.RootId).Column("root_id", "VARCHAR", 1);
        builder.Property(g => g.Name).Column("name", "VARCHAR", 2);
        builder.Property(g => g.Description).Column("description", "VARCHAR", 3);
        builder.Property(g => g.CreatedAt).Column("created_at", "DATETIME", 4);
        builder.Property(g => g.SortOrder).Column("sort_order", "INTEGER", 5);
        builder.Property(g => g.DeletedAt).Column("deleted_at", "DATETIME", 6);
        builder.Property(g => g.UpdatedAt).Column("updated_at", "DATETIME", 7);

        builder.HasOne<Goal>().WithMany().HasForeignKey(g => g.RootId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex([nameof(ActivityGroup.RootId)], "idx_activity_groups_root");
    }
}
