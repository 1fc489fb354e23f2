using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FractalGoals.Infrastructure.Persistence.Migrations
{
    /// <summary>At most one metric value per (instance, metric, split-or-none), as a unique expression index (ADR 0043).</summary>
    public partial class MetricValueSlotIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(MetricValueSlot.SqliteCreate);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(MetricValueSlot.Drop);
        }
    }
}
