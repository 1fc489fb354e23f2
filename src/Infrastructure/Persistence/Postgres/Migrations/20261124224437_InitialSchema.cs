using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace FractalGoals.Infrastructure.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "goals",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    type = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    description = table.Column<string>(type: "text", nullable: false, defaultValue: "", collation: "C"),
                    deadline = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    completed = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false),
                    created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    parent_id = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    root_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    duration_minutes = table.Column<int>(type: "integer", nullable: true),
                    session_data = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    targets = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    updated_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    session_start = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    session_end = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    total_duration_seconds = table.Column<int>(type: "integer", nullable: true),
                    template_id = table.Column<string>(type: "character varying", nullable: true, collation: "C"),
                    attributes = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    deleted_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    sort_order = table.Column<int>(type: "integer", nullable: false, defaultValue: 0)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_goals", x => x.id);
                    table.CheckConstraint("valid_goal_type", "type IN ('UltimateGoal', 'LongTermGoal', 'MidTermGoal', 'ShortTermGoal', 'PracticeSession', 'ImmediateGoal', 'MicroGoal', 'NanoGoal')");
                    table.ForeignKey(
                        name: "FK_goals_goals_parent_id",
                        column: x => x.parent_id,
                        principalTable: "goals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_goals_goals_root_id",
                        column: x => x.root_id,
                        principalTable: "goals",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "activity_groups",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying", nullable: false, collation: "C"),
                    root_id = table.Column<string>(type: "character varying", nullable: false, collation: "C"),
                    name = table.Column<string>(type: "character varying", nullable: false, collation: "C"),
                    description = table.Column<string>(type: "character varying", nullable: false, collation: "C"),
                    created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    sort_order = table.Column<int>(type: "integer", nullable: true),
                    deleted_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    updated_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_groups", x => x.id);
                    table.ForeignKey(
                        name: "FK_activity_groups_goals_root_id",
                        column: x => x.root_id,
                        principalTable: "goals",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "practice_session_goals",
                columns: table => new
                {
                    practice_session_id = table.Column<string>(type: "character varying", nullable: false, collation: "C"),
                    short_term_goal_id = table.Column<string>(type: "character varying", nullable: false, collation: "C"),
                    insertion_order = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_practice_session_goals", x => new { x.practice_session_id, x.short_term_goal_id });
                    table.ForeignKey(
                        name: "FK_practice_session_goals_goals_practice_session_id",
                        column: x => x.practice_session_id,
                        principalTable: "goals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_practice_session_goals_goals_short_term_goal_id",
                        column: x => x.short_term_goal_id,
                        principalTable: "goals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "programs",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying", nullable: false, collation: "C"),
                    root_id = table.Column<string>(type: "character varying", nullable: false, collation: "C"),
                    name = table.Column<string>(type: "character varying", nullable: false, collation: "C"),
                    description = table.Column<string>(type: "character varying", nullable: false, defaultValue: "", collation: "C"),
                    start_date = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    end_date = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false, defaultValue: true),
                    goal_ids = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    weekly_schedule = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programs", x => x.id);
                    table.ForeignKey(
                        name: "FK_programs_goals_root_id",
                        column: x => x.root_id,
                        principalTable: "goals",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "session_templates",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying", nullable: false, collation: "C"),
                    name = table.Column<string>(type: "character varying", nullable: false, collation: "C"),
                    description = table.Column<string>(type: "character varying", nullable: false, collation: "C"),
                    root_id = table.Column<string>(type: "character varying", nullable: false, collation: "C"),
                    created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    template_data = table.Column<string>(type: "character varying", nullable: false, collation: "C"),
                    deleted_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    updated_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_session_templates", x => x.id);
                    table.ForeignKey(
                        name: "FK_session_templates_goals_root_id",
                        column: x => x.root_id,
                        principalTable: "goals",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "activity_definitions",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    root_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    description = table.Column<string>(type: "text", nullable: false, defaultValue: "", collation: "C"),
                    created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    has_sets = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false),
                    has_metrics = table.Column<bool>(type: "boolean", nullable: false, defaultValue: true),
                    metrics_multiplicative = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false),
                    has_splits = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false),
                    group_id = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    deleted_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    updated_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_definitions", x => x.id);
                    table.ForeignKey(
                        name: "FK_activity_definitions_activity_groups_group_id",
                        column: x => x.group_id,
                        principalTable: "activity_groups",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_activity_definitions_goals_root_id",
                        column: x => x.root_id,
                        principalTable: "goals",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "program_blocks",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying", nullable: false, collation: "C"),
                    program_id = table.Column<string>(type: "character varying", nullable: false, collation: "C"),
                    name = table.Column<string>(type: "character varying", nullable: false, collation: "C"),
                    start_date = table.Column<DateOnly>(type: "date", nullable: true),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    color = table.Column<string>(type: "character varying", nullable: true, collation: "C"),
                    goal_ids = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    insertion_order = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_program_blocks", x => x.id);
                    table.ForeignKey(
                        name: "FK_program_blocks_programs_program_id",
                        column: x => x.program_id,
                        principalTable: "programs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "activity_instances",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    practice_session_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    activity_definition_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    time_start = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    time_stop = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    duration_seconds = table.Column<int>(type: "integer", nullable: true),
                    root_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    deleted_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    updated_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    sort_order = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    completed = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false),
                    notes = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    data = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_instances", x => x.id);
                    table.ForeignKey(
                        name: "FK_activity_instances_activity_definitions_activity_definition~",
                        column: x => x.activity_definition_id,
                        principalTable: "activity_definitions",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "FK_activity_instances_goals_practice_session_id",
                        column: x => x.practice_session_id,
                        principalTable: "goals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_activity_instances_goals_root_id",
                        column: x => x.root_id,
                        principalTable: "goals",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "metric_definitions",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    activity_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    unit = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    deleted_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false, defaultValue: true),
                    is_top_set_metric = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false),
                    is_multiplicative = table.Column<bool>(type: "boolean", nullable: false, defaultValue: true),
                    root_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    updated_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    sort_order = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    insertion_order = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_metric_definitions", x => x.id);
                    table.ForeignKey(
                        name: "FK_metric_definitions_activity_definitions_activity_id",
                        column: x => x.activity_id,
                        principalTable: "activity_definitions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_metric_definitions_goals_root_id",
                        column: x => x.root_id,
                        principalTable: "goals",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "split_definitions",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying", nullable: false, collation: "C"),
                    activity_id = table.Column<string>(type: "character varying", nullable: false, collation: "C"),
                    name = table.Column<string>(type: "character varying", nullable: false, collation: "C"),
                    order = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    root_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    deleted_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    updated_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    insertion_order = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_split_definitions", x => x.id);
                    table.ForeignKey(
                        name: "FK_split_definitions_activity_definitions_activity_id",
                        column: x => x.activity_id,
                        principalTable: "activity_definitions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_split_definitions_goals_root_id",
                        column: x => x.root_id,
                        principalTable: "goals",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "program_days",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying", nullable: false, collation: "C"),
                    block_id = table.Column<string>(type: "character varying", nullable: false, collation: "C"),
                    date = table.Column<DateOnly>(type: "date", nullable: true),
                    day_number = table.Column<int>(type: "integer", nullable: true),
                    name = table.Column<string>(type: "character varying", nullable: true, collation: "C"),
                    notes = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    insertion_order = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_program_days", x => x.id);
                    table.ForeignKey(
                        name: "FK_program_days_program_blocks_block_id",
                        column: x => x.block_id,
                        principalTable: "program_blocks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "metric_values",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    activity_instance_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    metric_definition_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    value = table.Column<double>(type: "double precision", nullable: false),
                    root_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    updated_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    split_definition_id = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    insertion_order = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_metric_values", x => x.id);
                    table.ForeignKey(
                        name: "FK_metric_values_activity_instances_activity_instance_id",
                        column: x => x.activity_instance_id,
                        principalTable: "activity_instances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_metric_values_goals_root_id",
                        column: x => x.root_id,
                        principalTable: "goals",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "FK_metric_values_metric_definitions_metric_definition_id",
                        column: x => x.metric_definition_id,
                        principalTable: "metric_definitions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_metric_values_split_definitions_split_definition_id",
                        column: x => x.split_definition_id,
                        principalTable: "split_definitions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "scheduled_sessions",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying", nullable: false, collation: "C"),
                    day_id = table.Column<string>(type: "character varying", nullable: false, collation: "C"),
                    session_template_id = table.Column<string>(type: "character varying", nullable: true, collation: "C"),
                    is_completed = table.Column<bool>(type: "boolean", nullable: true),
                    completion_data = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    insertion_order = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scheduled_sessions", x => x.id);
                    table.ForeignKey(
                        name: "FK_scheduled_sessions_program_days_day_id",
                        column: x => x.day_id,
                        principalTable: "program_days",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_scheduled_sessions_session_templates_session_template_id",
                        column: x => x.session_template_id,
                        principalTable: "session_templates",
                        principalColumn: "id");
                });

            migrationBuilder.CreateIndex(
                name: "idx_activity_definitions_group",
                table: "activity_definitions",
                column: "group_id");

            migrationBuilder.CreateIndex(
                name: "idx_activity_definitions_root",
                table: "activity_definitions",
                column: "root_id");

            migrationBuilder.CreateIndex(
                name: "idx_activity_groups_root",
                table: "activity_groups",
                column: "root_id");

            migrationBuilder.CreateIndex(
                name: "idx_activity_instances_definition",
                table: "activity_instances",
                column: "activity_definition_id");

            migrationBuilder.CreateIndex(
                name: "idx_activity_instances_root",
                table: "activity_instances",
                column: "root_id");

            migrationBuilder.CreateIndex(
                name: "idx_activity_instances_root_date",
                table: "activity_instances",
                columns: new[] { "root_id", "created_at" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "idx_activity_instances_session",
                table: "activity_instances",
                column: "practice_session_id");

            migrationBuilder.CreateIndex(
                name: "idx_activity_instances_session_created",
                table: "activity_instances",
                columns: new[] { "practice_session_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "idx_goals_completed",
                table: "goals",
                columns: new[] { "root_id", "type" },
                filter: "completed = true");

            migrationBuilder.CreateIndex(
                name: "idx_goals_created_at",
                table: "goals",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "idx_goals_parent_id",
                table: "goals",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "idx_goals_parent_type",
                table: "goals",
                columns: new[] { "parent_id", "type" });

            migrationBuilder.CreateIndex(
                name: "idx_goals_practice_sessions",
                table: "goals",
                columns: new[] { "root_id", "created_at" },
                filter: "type = 'PracticeSession'");

            migrationBuilder.CreateIndex(
                name: "idx_goals_root_id",
                table: "goals",
                column: "root_id");

            migrationBuilder.CreateIndex(
                name: "idx_goals_root_type",
                table: "goals",
                columns: new[] { "root_id", "type" });

            migrationBuilder.CreateIndex(
                name: "idx_goals_type",
                table: "goals",
                column: "type");

            migrationBuilder.CreateIndex(
                name: "idx_metric_definitions_active",
                table: "metric_definitions",
                column: "activity_id",
                filter: "is_active = true");

            migrationBuilder.CreateIndex(
                name: "idx_metric_definitions_activity",
                table: "metric_definitions",
                column: "activity_id");

            migrationBuilder.CreateIndex(
                name: "idx_metric_definitions_root",
                table: "metric_definitions",
                column: "root_id");

            migrationBuilder.CreateIndex(
                name: "idx_metric_values_definition",
                table: "metric_values",
                column: "metric_definition_id");

            migrationBuilder.CreateIndex(
                name: "idx_metric_values_instance",
                table: "metric_values",
                column: "activity_instance_id");

            migrationBuilder.CreateIndex(
                name: "idx_metric_values_root",
                table: "metric_values",
                column: "root_id");

            migrationBuilder.CreateIndex(
                name: "idx_metric_values_root_metric",
                table: "metric_values",
                columns: new[] { "root_id", "metric_definition_id" });

            migrationBuilder.CreateIndex(
                name: "idx_programs_active",
                table: "programs",
                column: "is_active");

            migrationBuilder.CreateIndex(
                name: "idx_programs_root",
                table: "programs",
                column: "root_id");

            migrationBuilder.CreateIndex(
                name: "idx_session_templates_root",
                table: "session_templates",
                column: "root_id");

            migrationBuilder.CreateIndex(
                name: "idx_split_definitions_activity",
                table: "split_definitions",
                column: "activity_id");

            migrationBuilder.CreateIndex(
                name: "idx_split_definitions_root",
                table: "split_definitions",
                column: "root_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "metric_values");

            migrationBuilder.DropTable(
                name: "practice_session_goals");

            migrationBuilder.DropTable(
                name: "scheduled_sessions");

            migrationBuilder.DropTable(
                name: "activity_instances");

            migrationBuilder.DropTable(
                name: "metric_definitions");

            migrationBuilder.DropTable(
                name: "split_definitions");

            migrationBuilder.DropTable(
                name: "program_days");

            migrationBuilder.DropTable(
                name: "session_templates");

            migrationBuilder.DropTable(
                name: "activity_definitions");

            migrationBuilder.DropTable(
                name: "program_blocks");

            migrationBuilder.DropTable(
                name: "activity_groups");

            migrationBuilder.DropTable(
                name: "programs");

            migrationBuilder.DropTable(
                name: "goals");
        }
    }
}
