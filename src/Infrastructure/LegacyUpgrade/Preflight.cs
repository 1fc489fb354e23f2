using System.Globalization;
using FractalGoals.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace FractalGoals.Infrastructure.LegacyUpgrade;

/// <summary>
/// Decides, row by row, what the upgrade writes (issue 6 point 3): every root_id from the tree (domain-rules §5),
/// era (a) sessions as goal rows with a parent from their first link, and a quarantine with a reason for every row
/// that cannot satisfy our constraints — orphans, rows of deleted fractals, sessions without a fractal or their own
/// root, values of hard-deleted metrics, and all but one value of a metric-value slot (ADR 0043). Nothing here writes
/// to the database: the decisions go to one table per target table in the connection's <c>temp</c> schema
/// (<see cref="PlanTable"/>; a file, not memory), set-based, a table at a time in dependency order, so memory stays
/// bounded whatever the file's size (issue 14 point 6). The same plan drives <c>--dry-run</c> (on the read-only
/// original) and the rebuild (<see cref="TableRebuild"/> copies with <c>INSERT … SELECT</c> joined to it).
/// </summary>
public static class Preflight
{
    public const string Session = "PracticeSession";

    /// <summary>
    /// The reason of a metric value that shares its (instance, metric, split-or-none) slot with another: the value the
    /// user last wrote is kept — the most recently updated, ties (and files without <c>updated_at</c>) by the last
    /// written rowid — the others are quarantined (ADR 0043).
    /// </summary>
    public const string DuplicateValue = MetricValueSlot.DuplicateReason;

    private static readonly string[] GoalTypes =
        ["UltimateGoal", "LongTermGoal", "MidTermGoal", "ShortTermGoal", Session, "ImmediateGoal", "MicroGoal", "NanoGoal"];

    /// <summary>Target tables in planning order: every table after the tables its rows belong to.</summary>
    public static readonly IReadOnlyList<string> PlanningOrder =
    [
        "goals", "practice_session_goals", "activity_groups", "activity_definitions", "metric_definitions", "split_definitions",
        "session_templates", "programs", "program_blocks", "program_days", "scheduled_sessions", "activity_instances", "metric_values",
    ];

    /// <summary>
    /// The plan of one target table, in the <c>temp</c> schema: per source row (<c>src</c>, <c>rid</c>) its id, the
    /// root_id it gets, the quarantine reason (NULL = carried) and the values the upgrade derives (type and parent of an
    /// era (a) session, a group_id set NULL).
    /// </summary>
    public static string PlanTable(string targetTable) => "_plan_" + targetTable;

    public static async Task<UpgradePlan> PlanAsync(SqliteConnection connection, SchemaSnapshot source, LegacyEra era, TargetSchema target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        return await new Planner(connection, source, era, target, cancellationToken).RunAsync();
    }

    /// <summary>
    /// The SQL value of one target column for a carried row, over the legacy row <c>s</c> and its plan row <c>p</c>:
    /// the derived value, else the legacy value (a NULL where the column is NOT NULL takes its default), else the
    /// column's default for a column the legacy table lacks.
    /// </summary>
    public static string ValueSql(TableInfo sourceTable, TableInfo targetTable, ColumnInfo column)
    {
        ArgumentNullException.ThrowIfNull(sourceTable);
        ArgumentNullException.ThrowIfNull(targetTable);
        ArgumentNullException.ThrowIfNull(column);
        if (Derived(sourceTable.Name, targetTable, column.Name) is { } derived) return derived;
        if (sourceTable.Has(column.Name))
        {
            var legacy = "s." + Sql.Name(sourceTable.Column(column.Name)!.Name);
            return column.NotNull && ColumnDefaults.TryFill(column, out var filled) && filled is not null ? $"COALESCE({legacy}, {Literal(filled)})" : legacy;
        }
        return ColumnDefaults.TryFill(column, out var value) ? Literal(value) : "NULL";
    }

    /// <summary>Columns the plan derives instead of the legacy row: root_id, an era (a) session's type and parent, group_id.</summary>
    private static string? Derived(string sourceTable, TableInfo targetTable, string column) => column switch
    {
        "root_id" when targetTable.Has("root_id") => "p.root",
        "type" or "parent_id" when sourceTable == TableMapping.PracticeSessions => column == "type" ? "p.type" : "p.parent",
        "group_id" when targetTable.Name == "activity_definitions" => "p.grp",
        _ => null,
    };

    private static string Literal(object? value) => value switch
    {
        null => "NULL",
        string text => Sql.Literal(text),
        long number => number.ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        _ => Sql.Literal(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    private sealed class Planner(SqliteConnection db, SchemaSnapshot source, LegacyEra era, TargetSchema target, CancellationToken cancellationToken)
    {
        private readonly Dictionary<(string Table, string Column, string What), long> _repairs = [];

        public async Task<UpgradePlan> RunAsync()
        {
            // the plan can be as big as the file: on disk in the temp schema, never in the process
            await ExecAsync("PRAGMA temp_store = FILE");
            await ExecAsync($"PRAGMA temp.cache_size = -{Sql.CacheKibibytes}");
            foreach (var table in PlanningOrder)
            {
                await ExecAsync($"DROP TABLE IF EXISTS temp.{Sql.Name(PlanTable(table))}");
                await ExecAsync($"""
                    CREATE TABLE temp.{Sql.Name(PlanTable(table))} (
                        src TEXT NOT NULL, rid INTEGER NOT NULL, id TEXT, root TEXT, reason TEXT,
                        type TEXT, parent TEXT, stored_root TEXT, grp TEXT, grp_dropped INTEGER NOT NULL DEFAULT 0,
                        PRIMARY KEY (src, rid))
                    """);
            }

            await PlanGoalsAsync();
            await PlanLinksAsync();
            await PlanOwnedAsync("activity_groups", [Fractal()]);
            await PlanActivitiesAsync();
            await PlanOwnedAsync("metric_definitions", [Owner("activity_id", "activity_definitions", "activity definition")]);
            await PlanOwnedAsync("split_definitions", [Owner("activity_id", "activity_definitions", "activity definition")]);
            await PlanOwnedAsync("session_templates", [Fractal()]);
            await PlanOwnedAsync("programs", [Fractal()]);
            await PlanOwnedAsync("program_blocks", [Owner("program_id", "programs", "program")]);
            await PlanOwnedAsync("program_days", [Owner("block_id", "program_blocks", "program block")]);
            await PlanOwnedAsync("scheduled_sessions",
                [Owner("day_id", "program_days", "program day", ownsRoot: false), Owner("session_template_id", "session_templates", "session template", optional: true, ownsRoot: false)]);
            await PlanOwnedAsync("activity_instances", [SessionOf(), Owner("activity_definition_id", "activity_definitions", "activity definition", ownsRoot: false)]);
            await PlanOwnedAsync("metric_values",
                [Owner("activity_instance_id", "activity_instances", "activity instance"), Owner("metric_definition_id", "metric_definitions", "metric definition", ownsRoot: false),
                 Owner("split_definition_id", "split_definitions", "split definition", optional: true, ownsRoot: false)], group: null, countRepairs: false);
            await QuarantineDuplicateValuesAsync();
            await CountRepairsAsync("metric_values");   // after the duplicates: repairs are counted on the rows carried
            return await SummariseAsync();
        }

        // ---- goals: the tree, resolved in SQL a level at a time -------------------------------------------------

        private async Task PlanGoalsAsync()
        {
            var plan = "temp." + Sql.Name(PlanTable("goals"));
            var goals = source.Table("goals")!;
            var types = string.Join(", ", GoalTypes.Select(Sql.Literal));
            await ExecAsync($"""
                INSERT INTO {plan} (src, rid, id, type, parent, stored_root, reason)
                SELECT 'goals', s.rowid, s.id, s.type, s.parent_id, {Col(goals, "root_id")},
                       CASE WHEN s.id IS NULL THEN 'id is NULL'
                            WHEN s.type IS NULL OR s.type NOT IN ({types}) THEN 'unknown goal type ''' || COALESCE(s.type, '') || ''''
                            {RequiredCases(goals, target.Table("goals"), "root_id", "type", "parent_id")} END
                FROM main."goals" s
                """);
            if (era == LegacyEra.December2025 && source.Table(TableMapping.PracticeSessions) is { } sessions)
            {
                if (await ScalarAsync($"SELECT s.id FROM main.{Sql.Name(sessions.Name)} s JOIN main.\"goals\" g ON g.id = s.id LIMIT 1") is { } twice)
                    throw new UpgradeRefusedException($"goal id {twice} occurs twice (in goals and practice_sessions); the rows cannot be merged safely");
                // a session's primary parent is its first linked short-term goal (era a)
                var firstLink = source.HasTable("practice_session_goals")
                    ? """
                      (SELECT l.short_term_goal_id FROM main."practice_session_goals" l JOIN main."goals" g ON g.id = l.short_term_goal_id AND g.type = 'ShortTermGoal'
                       WHERE l.practice_session_id = s.id ORDER BY l.rowid LIMIT 1)
                      """
                    : "NULL";
                await ExecAsync($"""
                    INSERT INTO {plan} (src, rid, id, type, parent, stored_root, reason)
                    SELECT {Sql.Literal(sessions.Name)}, s.rowid, s.id, '{Session}', {firstLink}, {Col(sessions, "root_id")},
                           CASE WHEN s.id IS NULL THEN 'id is NULL' {RequiredCases(sessions, target.Table("goals"), "root_id", "type", "parent_id")} END
                    FROM main.{Sql.Name(sessions.Name)} s
                    """);
            }
            await ExecAsync($"CREATE INDEX temp.{Sql.Name(PlanTable("goals") + "_id")} ON {Sql.Name(PlanTable("goals"))} (id)");

            // fractal roots, then parentless sessions (which name their fractal), then missing parents
            await ExecAsync($"UPDATE {plan} SET root = id WHERE reason IS NULL AND parent IS NULL AND type <> '{Session}'");
            await ExecAsync($"""
                UPDATE {plan} SET reason = CASE
                        WHEN stored_root IS NULL THEN 'parentless session without a fractal (root_id NULL)'
                        WHEN stored_root = id THEN 'session is its own root'
                        WHEN NOT EXISTS (SELECT 1 FROM {plan} r WHERE r.id = {plan}.stored_root AND r.parent IS NULL AND r.type <> '{Session}' AND r.reason IS NULL)
                            THEN 'fractal no longer exists' END
                WHERE reason IS NULL AND parent IS NULL AND type = '{Session}'
                """);
            await ExecAsync($"UPDATE {plan} SET root = stored_root WHERE reason IS NULL AND parent IS NULL AND type = '{Session}'");
            await ExecAsync($"UPDATE {plan} SET reason = 'parent goal missing' WHERE reason IS NULL AND parent IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {plan} p WHERE p.id = {plan}.parent)");

            // a level per pass: a goal takes its parent's root, or is quarantined with it
            while (true)
            {
                var rooted = await ExecAsync($"""
                    UPDATE {plan} SET root = (SELECT p.root FROM {plan} p WHERE p.id = {plan}.parent)
                    WHERE reason IS NULL AND root IS NULL AND parent IS NOT NULL
                      AND EXISTS (SELECT 1 FROM {plan} p WHERE p.id = {plan}.parent AND p.reason IS NULL AND p.root IS NOT NULL)
                    """);
                var orphaned = await ExecAsync($"""
                    UPDATE {plan} SET reason = 'parent goal quarantined'
                    WHERE reason IS NULL AND root IS NULL AND parent IS NOT NULL
                      AND EXISTS (SELECT 1 FROM {plan} p WHERE p.id = {plan}.parent AND p.reason IS NOT NULL)
                    """);
                if (rooted == 0 && orphaned == 0) break;
            }
            await QuarantineLoopsAsync(plan);

            var sessionsParented = await ScalarAsync($"SELECT COUNT(*) FROM {plan} WHERE src = '{TableMapping.PracticeSessions}' AND reason IS NULL AND parent IS NOT NULL");
            Count("goals", "parent_id", "session's parent set from its first link (era a)", (long)sessionsParented!);
            await CountRepairsAsync("goals");
        }

        /// <summary>
        /// What is left unresolved sits on or under a parent chain that loops: walked in memory (only these rows), in
        /// file order, the first goal reached twice gets "parent chain loops", the rest "parent goal quarantined".
        /// </summary>
        private async Task QuarantineLoopsAsync(string plan)
        {
            var nodes = new List<(string Src, long Rid, string Id, string Parent)>();
            await using (var command = Command($"SELECT src, rid, id, parent FROM {plan} WHERE reason IS NULL AND root IS NULL ORDER BY src = '{TableMapping.PracticeSessions}', rid"))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
                while (await reader.ReadAsync(cancellationToken))
                    nodes.Add((reader.GetString(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3)));
            if (nodes.Count == 0) return;
            var parentOf = nodes.ToDictionary(n => n.Id, n => n.Parent, StringComparer.Ordinal);
            var problems = new Dictionary<string, string>(StringComparer.Ordinal);
            var resolved = new HashSet<string>(StringComparer.Ordinal);
            foreach (var node in nodes) Resolve(node.Id, []);
            foreach (var node in nodes)
            {
                await using var update = Command($"UPDATE {plan} SET reason = $reason WHERE src = $src AND rid = $rid");
                update.Parameters.AddWithValue("$reason", problems.GetValueOrDefault(node.Id, "parent chain loops"));
                update.Parameters.AddWithValue("$src", node.Src);
                update.Parameters.AddWithValue("$rid", node.Rid);
                await update.ExecuteNonQueryAsync(cancellationToken);
            }

            void Resolve(string id, HashSet<string> visiting)
            {
                if (resolved.Contains(id)) return;
                if (!visiting.Add(id))
                {
                    problems[id] = "parent chain loops";
                    resolved.Add(id);
                    return;
                }
                var parent = parentOf[id];
                if (parentOf.ContainsKey(parent))
                {
                    Resolve(parent, visiting);
                    if (problems.ContainsKey(parent)) problems.TryAdd(id, "parent goal quarantined");
                }
                resolved.Add(id);
            }
        }

        // ---- links --------------------------------------------------------------------------------------------------

        private async Task PlanLinksAsync()
        {
            if (source.Table("practice_session_goals") is not { } links) return;
            var goals = "temp." + Sql.Name(PlanTable("goals"));
            await ExecAsync($"""
                INSERT INTO temp.{Sql.Name(PlanTable("practice_session_goals"))} (src, rid, id, reason)
                SELECT 'practice_session_goals', s.rowid, {Col(links, "id")},
                       CASE WHEN gs.rid IS NULL THEN {Lost("s.practice_session_id", goals, "session")}
                            WHEN gg.rid IS NULL THEN {Lost("s.short_term_goal_id", goals, "goal")}
                            WHEN gs.type <> '{Session}' OR gg.type <> 'ShortTermGoal' THEN 'link is not session → short-term goal'
                            WHEN gs.root IS NOT gg.root THEN 'link crosses fractals'
                            WHEN ROW_NUMBER() OVER (PARTITION BY s.practice_session_id, s.short_term_goal_id ORDER BY s.rowid) > 1 THEN 'duplicate link'
                            {RequiredCases(links, target.Table("practice_session_goals"))} END
                FROM main."practice_session_goals" s
                LEFT JOIN {goals} gs ON gs.id = {Ref(links, "practice_session_id")} AND gs.reason IS NULL
                LEFT JOIN {goals} gg ON gg.id = {Ref(links, "short_term_goal_id")} AND gg.reason IS NULL
                """);
        }

        // ---- tables owned by a fractal or a parent row ----------------------------------------------------------

        /// <summary>How a row finds its owner: a join, the reason when it fails, and whether the owner gives the row its root_id.</summary>
        private sealed record Ownership(Func<TableInfo, string, string> Join, Func<TableInfo, string, string> Problem, Func<TableInfo, string, string>? Root);

        private static Ownership Fractal() => new(
            (s, a) => $"LEFT JOIN temp.{Sql.Name(PlanTable("goals"))} {a} ON {a}.id = {Ref(s, "root_id")} AND {a}.reason IS NULL AND {a}.parent IS NULL AND {a}.type <> '{Session}'",
            (s, a) => $"WHEN {Col(s, "root_id")} IS NULL THEN 'root_id is NULL' WHEN {a}.rid IS NULL THEN 'fractal no longer exists'",
            (s, _) => Col(s, "root_id"));

        private static Ownership Owner(string column, string table, string what, bool optional = false, bool ownsRoot = true)
        {
            var plan = "temp." + Sql.Name(PlanTable(table));
            return new(
                (s, a) => $"LEFT JOIN {plan} {a} ON {a}.id = {Ref(s, column)} AND {a}.reason IS NULL",
                (s, a) => optional
                    ? $"WHEN {Col(s, column)} IS NOT NULL AND {a}.rid IS NULL THEN {Lost(Col(s, column), plan, what)}"
                    : $"WHEN {a}.rid IS NULL THEN {Lost(Col(s, column), plan, what)}",
                ownsRoot ? (_, a) => $"{a}.root" : null);
        }

        private static Ownership SessionOf()
        {
            var plan = "temp." + Sql.Name(PlanTable("goals"));
            return new(
                (s, a) => $"LEFT JOIN {plan} {a} ON {a}.id = {Ref(s, "practice_session_id")} AND {a}.reason IS NULL",
                (s, a) => $"WHEN {a}.rid IS NULL THEN {Lost(Col(s, "practice_session_id"), plan, "session")} WHEN {a}.type <> '{Session}' THEN 'practice_session_id is not a session'",
                (_, a) => $"{a}.root");
        }

        /// <summary>"… quarantined" when the referenced row is in the plan with a reason, "… missing" otherwise.</summary>
        private static string Lost(string reference, string plan, string what) =>
            $"CASE WHEN {reference} IS NOT NULL AND EXISTS (SELECT 1 FROM {plan} q WHERE q.id = CAST({reference} AS TEXT) AND q.reason IS NOT NULL) THEN '{what} quarantined' ELSE '{what} missing' END";

        private Task PlanOwnedAsync(string table, IReadOnlyList<Ownership> owners) => PlanOwnedAsync(table, owners, null);

        private async Task PlanOwnedAsync(string table, IReadOnlyList<Ownership> owners, (string Join, string Value, string Dropped)? group, bool countRepairs = true)
        {
            if (source.Table(table) is not { } legacy)
            {
                await IndexAsync(table);
                return;
            }
            var ours = target.Table(table);
            var aliases = owners.Select((_, i) => "o" + i).ToList();
            var root = owners.Select((o, i) => o.Root?.Invoke(legacy, aliases[i])).FirstOrDefault(r => r is not null) ?? "NULL";
            var overridden = new List<string> { "root_id" };
            if (group is not null) overridden.Add("group_id");
            await ExecAsync($"""
                INSERT INTO temp.{Sql.Name(PlanTable(table))} (src, rid, id, root, stored_root, grp, grp_dropped, reason)
                SELECT {Sql.Literal(table)}, s.rowid, {Col(legacy, "id")}, {root}, {Col(legacy, "root_id")}, {group?.Value ?? "NULL"}, {group?.Dropped ?? "0"},
                       CASE WHEN {Col(legacy, "id")} IS NULL THEN 'id is NULL'
                            {string.Join(" ", owners.Select((o, i) => o.Problem(legacy, aliases[i])))}
                            {RequiredCases(legacy, ours, [.. overridden])} END
                FROM main.{Sql.Name(table)} s
                {string.Join("\n", owners.Select((o, i) => o.Join(legacy, aliases[i])))}
                {group?.Join ?? ""}
                """);
            await IndexAsync(table);
            if (countRepairs) await CountRepairsAsync(table);
        }

        /// <summary>Activity definitions belong to a fractal; a group_id whose group is missing or quarantined is set NULL (its ON DELETE SET NULL).</summary>
        private async Task PlanActivitiesAsync()
        {
            var legacy = source.Table("activity_definitions");
            if (legacy is null || !legacy.Has("group_id"))
            {
                await PlanOwnedAsync("activity_definitions", [Fractal()], legacy is null ? null : ("", "NULL", "0"));
                return;
            }
            var groups = "temp." + Sql.Name(PlanTable("activity_groups"));
            await PlanOwnedAsync("activity_definitions", [Fractal()], (
                $"LEFT JOIN {groups} grp ON grp.id = CAST(s.\"group_id\" AS TEXT) AND grp.reason IS NULL",
                "CASE WHEN s.\"group_id\" IS NULL OR grp.rid IS NOT NULL THEN s.\"group_id\" END",
                "(s.\"group_id\" IS NOT NULL AND grp.rid IS NULL)"));
            var dropped = await ScalarAsync($"""
                SELECT COUNT(*) FROM temp.{Sql.Name(PlanTable("activity_definitions"))}
                WHERE grp_dropped = 1 AND (reason IS NULL OR reason LIKE 'required column %')
                """);
            Count("activity_definitions", "group_id", "group missing or quarantined: set NULL (its ON DELETE SET NULL)", (long)dropped!);
        }

        /// <summary>ADR 0043: one value per slot is kept — the most recently updated, ties by the last written rowid.</summary>
        private async Task QuarantineDuplicateValuesAsync()
        {
            if (source.Table("metric_values") is not { } values) return;
            var plan = "temp." + Sql.Name(PlanTable("metric_values"));
            await ExecAsync($"""
                UPDATE {plan} SET reason = {Sql.Literal(DuplicateValue)}
                WHERE src = 'metric_values' AND rid IN (
                    SELECT rid FROM (
                        SELECT p.rid, ROW_NUMBER() OVER (
                                   PARTITION BY {Col(values, "activity_instance_id")}, {Col(values, "metric_definition_id")}, COALESCE({Col(values, "split_definition_id")}, '')
                                   ORDER BY {Col(values, "updated_at")} DESC, s.rowid DESC) AS n
                        FROM main."metric_values" s JOIN {plan} p ON p.src = 'metric_values' AND p.rid = s.rowid
                        WHERE p.reason IS NULL)
                    WHERE n > 1)
                """);
        }

        // ---- values ------------------------------------------------------------------------------------------------

        /// <summary>CASE branches quarantining a row whose required column (NOT NULL, no default) is NULL or absent.</summary>
        private static string RequiredCases(TableInfo legacy, TableInfo ours, params string[] overridden) =>
            string.Join(" ", ours.Columns
                .Where(c => c.NotNull && !overridden.Contains(c.Name, StringComparer.OrdinalIgnoreCase) && !ColumnDefaults.TryFill(c, out _))
                .Select(c => $"WHEN {Col(legacy, c.Name)} IS NULL THEN {Sql.Literal($"required column {c.Name} is NULL")}"));

        /// <summary>
        /// A legacy reference compared with a plan's id: as text, because legacy columns declared <c>STRING</c> have
        /// NUMERIC affinity, which SQLite would apply to the plan's TEXT id too — then no index on it can answer and
        /// every row scans the owner's plan (issue 14 point 6: 26 s of the medium file's 30 s plan).
        /// </summary>
        private static string Ref(TableInfo legacy, string column) => $"CAST({Col(legacy, column)} AS TEXT)";

        /// <summary>The legacy column of row <c>s</c>, or NULL when the legacy table lacks it.</summary>
        private static string Col(TableInfo legacy, string column) =>
            legacy.Column(column) is { } found ? "s." + Sql.Name(found.Name) : "NULL";

        /// <summary>The repairs the copy makes to carried rows: root_ids derived or corrected, NULLs replaced by defaults.</summary>
        private async Task CountRepairsAsync(string table)
        {
            var ours = target.Table(table);
            var plan = "temp." + Sql.Name(PlanTable(table));
            foreach (var legacyName in TableMapping.SourcesOf(table, source))
            {
                var legacy = source.Table(legacyName)!;
                if (ours.Has("root_id"))
                {
                    var absent = legacy.Has("root_id") ? "0" : "1";
                    await using var command = Command($"""
                        SELECT CASE WHEN {absent} THEN 'root_id added and derived (column absent)'
                                    WHEN stored_root IS NULL THEN 'NULL root_id back-filled from the tree'
                                    ELSE 'root_id corrected to the top of the tree' END, COUNT(*)
                        FROM {plan} WHERE src = {Sql.Literal(legacyName)} AND reason IS NULL AND stored_root IS NOT root GROUP BY 1
                        """);
                    await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                    while (await reader.ReadAsync(cancellationToken)) Count(table, "root_id", reader.GetString(0), reader.GetInt64(1));
                }
                var filled = ours.Columns
                    .Where(c => Derived(legacyName, ours, c.Name) is null && legacy.Has(c.Name) && c.NotNull && ColumnDefaults.TryFill(c, out var value) && value is not null)
                    .ToList();
                if (filled.Count == 0) continue;
                await using (var command = Command($"""
                    SELECT {string.Join(", ", filled.Select(c => $"COALESCE(SUM({Col(legacy, c.Name)} IS NULL), 0)"))}
                    FROM main.{Sql.Name(legacyName)} s JOIN {plan} p ON p.src = {Sql.Literal(legacyName)} AND p.rid = s.rowid WHERE p.reason IS NULL
                    """))
                await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
                {
                    await reader.ReadAsync(cancellationToken);
                    for (var i = 0; i < filled.Count; i++) Count(table, filled[i].Name, "NULL replaced by the column's default", reader.GetInt64(i));
                }
            }
        }

        private void Count(string table, string column, string what, long rows)
        {
            if (rows > 0) _repairs[(table, column, what)] = _repairs.GetValueOrDefault((table, column, what)) + rows;
        }

        // ---- the outcome -------------------------------------------------------------------------------------------

        private async Task<UpgradePlan> SummariseAsync()
        {
            var carried = new Dictionary<string, long>(StringComparer.Ordinal);
            var quarantined = new List<QuarantinedRow>();
            foreach (var table in PlanningOrder)
            {
                var plan = "temp." + Sql.Name(PlanTable(table));
                await using (var command = Command($"SELECT src, COUNT(*) FROM {plan} WHERE reason IS NULL GROUP BY src"))
                await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
                    while (await reader.ReadAsync(cancellationToken)) carried[reader.GetString(0)] = reader.GetInt64(1);
                // one entry per quarantined row: the report names each (there are few; the rows themselves stay in the file)
                await using (var command = Command($"SELECT src, rid, id, reason FROM {plan} WHERE reason IS NOT NULL ORDER BY src = '{TableMapping.PracticeSessions}', rid"))
                await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
                    while (await reader.ReadAsync(cancellationToken))
                        quarantined.Add(new QuarantinedRow(reader.GetString(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3)));
            }
            var repairs = _repairs.Select(r => new Repair(r.Key.Table, r.Key.Column, r.Key.What, checked((int)r.Value)))
                .OrderBy(r => r.Table, StringComparer.Ordinal).ThenBy(r => r.Column, StringComparer.Ordinal).ToList();
            return new UpgradePlan(carried, quarantined, repairs);
        }

        // ---- SQL -----------------------------------------------------------------------------------------------------

        private async Task IndexAsync(string table) =>
            await ExecAsync($"CREATE INDEX temp.{Sql.Name(PlanTable(table) + "_id")} ON {Sql.Name(PlanTable(table))} (id)");

        private SqliteCommand Command(string sql)
        {
            var command = db.CreateCommand();
            command.CommandText = sql;
            return command;
        }

        private async Task<int> ExecAsync(string sql)
        {
            await using var command = Command(sql);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }

        private async Task<object?> ScalarAsync(string sql)
        {
            await using var command = Command(sql);
            var value = await command.ExecuteScalarAsync(cancellationToken);
            return value is DBNull ? null : value;
        }
    }
}
