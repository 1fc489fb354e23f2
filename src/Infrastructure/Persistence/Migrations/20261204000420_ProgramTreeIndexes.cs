using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FractalGoals.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ProgramTreeIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_scheduled_sessions_day",
                table: "scheduled_sessions",
                column: "day_id");

            migrationBuilder.CreateIndex(
                name: "ix_program_days_block",
                table: "program_days",
                column: "block_id");

            migrationBuilder.CreateIndex(
                name: "ix_program_blocks_program",
                table: "program_blocks",
                column: "program_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_scheduled_sessions_day",
                table: "scheduled_sessions");

            migrationBuilder.DropIndex(
                name: "ix_program_days_block",
                table: "program_days");

            migrationBuilder.DropIndex(
                name: "ix_program_blocks_program",
                table: "program_blocks");
        }
    }
}
