namespace FractalGoals.Infrastructure.Seeding;

/// <summary>A table the seeder writes and the columns it fills (the others keep their NULL or SQL default).</summary>
internal sealed record SeedTable(string Name, IReadOnlyList<string> Columns)
{
    public static readonly SeedTable Goals = new("goals",
        ["id", "type", "name", "description", "deadline", "completed", "created_at", "parent_id", "root_id", "duration_minutes",
         "session_data", "targets", "updated_at", "attributes", "sort_order"]);

    public static readonly SeedTable SessionGoals = new("practice_session_goals", ["practice_session_id", "short_term_goal_id"]);

    public static readonly SeedTable ActivityGroups = new("activity_groups",
        ["id", "root_id", "name", "description", "created_at", "sort_order", "updated_at"]);

    public static readonly SeedTable ActivityDefinitions = new("activity_definitions",
        ["id", "root_id", "name", "description", "created_at", "has_sets", "has_metrics", "metrics_multiplicative", "has_splits",
         "group_id", "updated_at"]);

    public static readonly SeedTable MetricDefinitions = new("metric_definitions",
        ["id", "activity_id", "name", "unit", "created_at", "is_active", "is_top_set_metric", "is_multiplicative", "root_id",
         "updated_at", "sort_order"]);

    public static readonly SeedTable SplitDefinitions = new("split_definitions",
        ["id", "activity_id", "name", "order", "created_at", "root_id", "updated_at"]);

    public static readonly SeedTable ActivityInstances = new("activity_instances",
        ["id", "practice_session_id", "activity_definition_id", "created_at", "time_start", "time_stop", "duration_seconds",
         "root_id", "updated_at", "sort_order", "completed", "notes", "data"]);

    public static readonly SeedTable MetricValues = new("metric_values",
        ["id", "activity_instance_id", "metric_definition_id", "value", "root_id", "updated_at", "created_at", "split_definition_id"]);

    public static readonly SeedTable SessionTemplates = new("session_templates",
        ["id", "name", "description", "root_id", "created_at", "template_data", "updated_at"]);

    public static readonly SeedTable Programs = new("programs",
        ["id", "root_id", "name", "description", "start_date", "end_date", "created_at", "updated_at", "is_active", "goal_ids",
         "weekly_schedule"]);

    public static readonly SeedTable ProgramBlocks = new("program_blocks",
        ["id", "program_id", "name", "start_date", "end_date", "color", "goal_ids"]);

    public static readonly SeedTable ProgramDays = new("program_days", ["id", "block_id", "date", "day_number", "name", "notes"]);

    public static readonly SeedTable ScheduledSessions = new("scheduled_sessions",
        ["id", "day_id", "session_template_id", "is_completed", "completion_data"]);

    public static readonly IReadOnlyList<SeedTable> All =
    [
        Goals, SessionGoals, ActivityGroups, ActivityDefinitions, MetricDefinitions, SplitDefinitions, ActivityInstances,
        MetricValues, SessionTemplates, Programs, ProgramBlocks, ProgramDays, ScheduledSessions,
    ];

    public string InsertSql =>
        $"INSERT INTO {Name} ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", Columns.Select((_, i) => $"$p{i}"))})";
}
