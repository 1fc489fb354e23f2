using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FractalGoals.Infrastructure.Persistence.Configurations.Activities;

/// <summary>Table <c>split_definitions</c> (domain-rules §3.6). Like metrics, retired splits stay resolvable.</summary>
internal sealed class SplitDefinitionConfiguration : IEntityTypeConfiguration<SplitDefinition>
{
    public void Configure(EntityTypeBuilder<SplitDefinition> builder)
    {
        builder.ToTable("split_definitions");
        builder.HasKey(s => s.Id);
        builder.MapInsertionOrder();

        builder.Property(s => s.Id).Column("id", "VARCHAR", 0).ValueGeneratedNever();
        builder.Property(s => s.ActivityId).Column("activity_id", "VARCHAR", 1);
        builder.Property(s => s.Name).Column("name", "VARCHAR", 2);
        builder.Property(s => s.Order).Column("order", "INTEGER", 3);
        builder.Property(s => s.CreatedAt).Column("created_at", "DATETIME", 4);
        builder.Property(s => s.RootId).Column("root_id", "TEXT", 5);
        builder.Property(s => s.DeletedAt).Column("deleted_at", "DATETIME", 6);
        builder.Property(s => s.UpdatedAt).Column("updated_at", "DATETIME", 7);

        builder.HasOne<Goal>().WithMany().HasForeignKey(s => s.RootId).OnDelete(DeleteBehavior.NoAction);   // new

        builder.HasIndex([nameof(SplitDefinition.ActivityId)], "idx_split_definitions_activity");
        builder.HasIndex([nameof(SplitDefinition.RootId)], "idx_split_definitions_root");
    }
}
