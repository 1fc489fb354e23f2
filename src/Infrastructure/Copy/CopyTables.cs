namespace FractalGoals.Infrastructure.Copy;

/// <summary>
/// The tables of the current schema in an order that satisfies every foreign key (parents first), and the ones
/// whose SQLite rowid is their insertion order (ADR 0021) and becomes PostgreSQL's <c>insertion_order</c>.
/// </summary>
internal static class CopyTables
{
    public static readonly IReadOnlyList<string> InDependencyOrder =
    [
        "goals", "practice_session_goals", "activity_groups", "activity_definitions", "metric_definitions", "split_definitions",
        "session_templates", "activity_instances", "metric_values", "programs", "program_blocks", "program_days", "scheduled_sessions",
        "users", "user_claims", "user_logins", "user_tokens", "fractal_owners",   // accounts (ADR 0051)
    ];

    public static readonly IReadOnlySet<string> WithInsertionOrder = new HashSet<string>(StringComparer.Ordinal)
    {
        "practice_session_goals", "metric_definitions", "split_definitions", "metric_values", "program_blocks", "program_days", "scheduled_sessions",
    };

    /// <summary>Tables whose integer key is an identity column on PostgreSQL: its sequence continues after the copied ids.</summary>
    public static readonly IReadOnlySet<string> WithIdentityId = new HashSet<string>(StringComparer.Ordinal) { "user_claims" };
}
