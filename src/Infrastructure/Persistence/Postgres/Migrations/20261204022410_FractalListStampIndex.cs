using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FractalGoals.Infrastructure.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FractalListStampIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_goals_root_stamp",
                table: "goals",
                columns: new[] { "root_id", "deleted_at", "parent_id", "updated_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_goals_root_stamp",
                table: "goals");
        }
    }
}
