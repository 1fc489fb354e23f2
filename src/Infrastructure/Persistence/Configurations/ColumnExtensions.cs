using FractalGoals.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FractalGoals.Infrastructure.Persistence.Configurations;

internal static class ColumnExtensions
{
    /// <summary>
    /// Name, declared type and position exactly as in the reference database (domain-rules §3), so an upgraded
    /// legacy file and a fresh one are the same thing.
    /// </summary>
    public static PropertyBuilder<T> Column<T>(this PropertyBuilder<T> property, string name, string type, int position) =>
        property.HasColumnName(name).HasColumnType(type).HasColumnOrder(position);

    /// <summary>
    /// Declares the reference database's SQL default but always writes the entity's value: EF would otherwise skip
    /// a CLR-default value (false, 0) and let the database default win — wrong for a default of 1/true.
    /// </summary>
    public static PropertyBuilder<T> LegacyDefault<T>(this PropertyBuilder<T> property, T value) =>
        property.HasDefaultValue(value).ValueGeneratedNever();

    /// <summary>
    /// Maps <see cref="IInsertionOrdered.InsertionOrder"/> to SQLite's implicit <c>rowid</c> — the insertion sequence
    /// of the row, for legacy rows too. The context assigns it on insert in creation order (EF itself would insert
    /// a batch in key order) and never updates it. Not a real column: the migration does not create it (ADR 0021).
    /// On PostgreSQL the derived context maps it to a real identity column <c>insertion_order</c> instead (ADR 0026).
    /// </summary>
    public static void MapInsertionOrder<T>(this EntityTypeBuilder<T> builder)
        where T : class, IInsertionOrdered
    {
        ArgumentNullException.ThrowIfNull(builder);
        var property = builder.Property(e => e.InsertionOrder).HasColumnName(RowIdColumn).ValueGeneratedNever();
        property.Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        builder.Ignore(e => e.CreationTicket);
    }

    public const string RowIdColumn = "rowid";
}
