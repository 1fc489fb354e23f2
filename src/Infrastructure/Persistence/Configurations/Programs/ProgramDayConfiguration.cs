using FractalGoals.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FractalGoals.Infrastructure.Persistence.Configurations.Programs;

/// <summary>Table <c>program_days</c> (domain-rules §3.12).</summary>
internal sealed class ProgramDayConfiguration : IEntityTypeConfiguration<ProgramDay>
{
    public void Configure(EntityTypeBuilder<ProgramDay> builder)
    {
        builder.ToTable("program_days");
        builder.HasKey(d => d.Id);
        builder.MapInsertionOrder();

        builder.Property(d => d.Id).Column("id", "VARCHAR", 0).ValueGeneratedNever();
        builder.Property(d => d.BlockId).Column("block_id", "VARCHAR", 1).IsRequired();
        builder.Property(d => d.Date).Column("date", "DATE", 2);
        builder.Property(d => d.DayNumber).Column("day_number", "INTEGER", 3);
        builder.Property(d => d.Name).Column("name", "VARCHAR", 4);
        builder.Property(d => d.Notes).Column("notes", "TEXT", 5);

        builder.HasMany(d => d.Sessions).WithOne().HasForeignKey(s => s.DayId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Sessions).HasField("_sessions").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();

        builder.HasIndex([nameof(ProgramDay.BlockId)], "ix_program_days_block");   // not in the reference: ADR 0019 (7), 0033
    }
}
