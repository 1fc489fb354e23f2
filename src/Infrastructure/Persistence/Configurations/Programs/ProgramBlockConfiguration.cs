using FractalGoals.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FractalGoals.Infrastructure.Persistence.Configurations.Programs;

/// <summary>Table <c>program_blocks</c> (domain-rules §3.11); ids may be client-made (<c>1767200643898</c>).</summary>
internal sealed class ProgramBlockConfiguration : IEntityTypeConfiguration<ProgramBlock>
{
    public void Configure(EntityTypeBuilder<ProgramBlock> builder)
    {
        builder.ToTable("program_blocks");
        builder.HasKey(b => b.Id);
        builder.MapInsertionOrder();

        builder.Property(b => b.Id).Column("id", "VARCHAR", 0).ValueGeneratedNever();
        builder.Property(b => b.ProgramId).Column("program_id", "VARCHAR", 1).IsRequired();
        builder.Property(b => b.Name).Column("name", "VARCHAR", 2).IsRequired();
        builder.Property(b => b.StartDate).Column("start_date", "DATE", 3);
        builder.Property(b => b.EndDate).Column("end_date", "DATE", 4);
        builder.Property(b => b.Color).Column("color", "VARCHAR", 5);
        builder.Property(b => b.GoalIds).Column("goal_ids", "TEXT", 6);
        builder.Ignore(b => b.IsDated);
        builder.Ignore(b => b.Dates);

        builder.HasMany(b => b.Days).WithOne().HasForeignKey(d => d.BlockId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(b => b.Days).HasField("_days").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();

        builder.HasIndex([nameof(ProgramBlock.ProgramId)], "ix_program_blocks_program");   // not in the reference: ADR 0019 (7), 0033
    }
}
