namespace FractalGoals.Infrastructure.LegacyUpgrade;

/// <summary>
/// Decides, row by row, what the upgrade writes (issue 6 point 3): every root_id from the tree (domain-rules §5),
/// era (a) sessions as goal rows with a parent from their first link, and a quarantine with a reason for every row
/// that cannot satisfy our constraints — orphans, rows of deleted fractals, sessions without a fractal or their own
/// root, values of hard-deleted metrics. Nothing here writes; the same plan drives <c>--dry-run</c> and the rebuild.
/// </summary>
public static class Preflight
{
    public const string Session = "PracticeSession";

    private static readonly HashSet<string> GoalTypes = new(
        ["UltimateGoal", "LongTermGoal", "MidTermGoal", "ShortTermGoal", Session, "ImmediateGoal", "MicroGoal", "NanoGoal"], StringComparer.Ordinal);

    public static UpgradePlan Plan(SourceData data, SchemaSnapshot source, LegacyEra era, TargetSchema target)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        return new Builder(data, source, era, target).Build();
    }

    private sealed class GoalNode(SourceRow row, string id, string? type, string? parentId, string? storedRoot)
    {
        public SourceRow Row { get; } = row;
        public string Id { get; } = id;
        public string? Type { get; } = type;
        public string? ParentId { get; set; } = parentId;
        public string? StoredRoot { get; } = storedRoot;
        public string? Root { get; set; }
        public string? Problem { get; set; }
        public bool Resolved { get; set; }
    }

    private sealed class Builder(SourceData data, SchemaSnapshot source, LegacyEra era, TargetSchema target)
    {
        private readonly List<PlannedRow> _rows = [];
        private readonly List<QuarantinedRow> _quarantined = [];
        private readonly Dictionary<(string Table, string Column, string What), int> _repairs = [];
        private readonly Dictionary<string, GoalNode> _goals = new(StringComparer.Ordinal);
        // target table → id → root_id of the carried row
        private readonly Dictionary<string, Dictionary<string, string?>> _carried = new(StringComparer.Ordinal);
        private readonly Dictionary<string, HashSet<string>> _quarantinedIds = new(StringComparer.Ordinal);

        public UpgradePlan Build()
        {
            PlanGoals();
            PlanLinks();
            PlanOwned("activity_groups", row => FractalOf(row));
            PlanOwned("activity_definitions", row => FractalOf(row), GroupOf);
            PlanOwned("metric_definitions", row => Owner(row, "activity_id", "activity_definitions", "activity definition"));
            PlanOwned("split_definitions", row => Owner(row, "activity_id", "activity_definitions", "activity definition"));
            PlanOwned("session_templates", row => FractalOf(row));
            PlanOwned("programs", row => FractalOf(row));
            PlanOwned("program_blocks", row => Owner(row, "program_id", "programs", "program"));
            PlanOwned("program_days", row => Owner(row, "block_id", "program_blocks", "program block"));
            PlanOwned("scheduled_sessions", row =>
                Owner(row, "day_id", "program_days", "program day") is { Problem: not null } day
                    ? day
                    : Optional(row, "session_template_id", "session_templates", "session template") ?? new Ownership(null, null));
            PlanOwned("activity_instances", InstanceOwner);
            PlanOwned("metric_values", ValueOwner);
            var repairs = _repairs.Select(r => new Repair(r.Key.Table, r.Key.Column, r.Key.What, r.Value))
                .OrderBy(r => r.Table, StringComparer.Ordinal).ThenBy(r => r.Column, StringComparer.Ordinal).ToList();
            return new UpgradePlan(_rows, _quarantined, repairs);
        }

        // ---- goals -------------------------------------------------------------------------------------------

        private void PlanGoals()
        {
            _carried["goals"] = new Dictionary<string, string?>(StringComparer.Ordinal);
            var sessionsTable = era == LegacyEra.December2025 ? source.Table(TableMapping.PracticeSessions) : null;
            foreach (var row in data.Rows("goals")) AddNode(row, row.Text("type"), row.Text("parent_id"), row.Text("root_id"));
            if (sessionsTable is not null)
            {
                var firstLink = FirstLinks();
                foreach (var row in data.Rows(TableMapping.PracticeSessions))
                {
                    var id = row.Text("id");
                    AddNode(row, Session, id is null ? null : firstLink.GetValueOrDefault(id), row.Text("root_id"));
                }
            }
            var goals = target.Table("goals");
            foreach (var node in _goals.Values.Where(n => n.Problem is null))   // before the tree walk, so a child never outlives its parent
                if (goals.Columns.FirstOrDefault(c => c.NotNull && c.Name is not ("root_id" or "type" or "parent_id")
                        && node.Row[c.Name] is null && !ColumnDefaults.TryFill(c, out _)) is { } required)
                    node.Problem = $"required column {required.Name} is NULL";
            foreach (var node in _goals.Values) Resolve(node, []);
            foreach (var node in _goals.Values.OrderBy(n => n.Row.Table == TableMapping.PracticeSessions).ThenBy(n => n.Row.RowId))
            {
                if (node.Problem is not null)
                {
                    Quarantine(node.Row, node.Problem, "goals", node.Id);
                    continue;
                }
                var overrides = new Dictionary<string, object?>(StringComparer.Ordinal) { ["root_id"] = node.Root };
                if (node.Row.Table == TableMapping.PracticeSessions)
                {
                    overrides["type"] = Session;
                    overrides["parent_id"] = node.ParentId;
                    if (node.ParentId is not null) Count("goals", "parent_id", "session's parent set from its first link (era a)");
                }
                CountRootRepair("goals", node.StoredRoot, node.Root, node.Row.Values.ContainsKey("root_id"));
                if (Values(node.Row, goals, overrides) is { } values)
                    Carry(node.Row, "goals", node.Id, node.Root, values, keepRowId: node.Row.Table != TableMapping.PracticeSessions);
                else
                    Quarantine(node.Row, RequiredNullReason(node.Row, goals, overrides), "goals", node.Id);
            }
        }

        private void AddNode(SourceRow row, string? type, string? parentId, string? storedRoot)
        {
            var id = row.Text("id");
            if (id is null)
            {
                _quarantined.Add(new QuarantinedRow(row, "id is NULL"));
                return;
            }
            if (_goals.ContainsKey(id))
                throw new UpgradeRefusedException($"goal id {id} occurs twice (in goals and practice_sessions); the rows cannot be merged safely");
            var node = new GoalNode(row, id, type, parentId, storedRoot);
            if (type is null || !GoalTypes.Contains(type)) node.Problem = $"unknown goal type '{type}'";
            _goals[id] = node;
        }

        /// <summary>Era (a): a session's primary parent is its first linked short-term goal.</summary>
        private Dictionary<string, string> FirstLinks()
        {
            var first = new Dictionary<string, string>(StringComparer.Ordinal);
            var shortTerm = data.Rows("goals").Where(g => g.Text("type") == "ShortTermGoal").Select(g => g.Text("id")).OfType<string>().ToHashSet(StringComparer.Ordinal);
            foreach (var link in data.Rows("practice_session_goals"))
            {
                var session = link.Text("practice_session_id");
                var goal = link.Text("short_term_goal_id");
                if (session is not null && goal is not null && shortTerm.Contains(goal)) first.TryAdd(session, goal);
            }
            return first;
        }

        private void Resolve(GoalNode node, HashSet<string> visiting)
        {
            if (node.Resolved) return;
            if (node.Problem is not null)
            {
                node.Resolved = true;
                return;
            }
            if (!visiting.Add(node.Id))
            {
                node.Problem = "parent chain loops";
                node.Resolved = true;
                return;
            }
            if (node.ParentId is null)
            {
                if (node.Type != Session) node.Root = node.Id;
                else if (node.StoredRoot is null) node.Problem = "parentless session without a fractal (root_id NULL)";
                else if (node.StoredRoot == node.Id) node.Problem = "session is its own root";
                else if (!IsFractalRoot(node.StoredRoot)) node.Problem = "fractal no longer exists";
                else node.Root = node.StoredRoot;
            }
            else if (!_goals.TryGetValue(node.ParentId, out var parent)) node.Problem = "parent goal missing";
            else
            {
                Resolve(parent, visiting);
                if (parent.Problem is not null) node.Problem ??= "parent goal quarantined";
                else node.Root = parent.Root;
            }
            node.Resolved = true;
        }

        private bool IsFractalRoot(string id) =>
            _goals.TryGetValue(id, out var goal) && goal.ParentId is null && goal.Type != Session && goal.Problem is null;

        private void PlanLinks()
        {
            if (!source.HasTable("practice_session_goals")) return;
            var links = target.Table("practice_session_goals");
            var seen = new HashSet<(string, string)>();
            foreach (var row in data.Rows("practice_session_goals"))
            {
                var sessionId = row.Text("practice_session_id");
                var goalId = row.Text("short_term_goal_id");
                var session = sessionId is null ? null : CarriedGoal(sessionId);
                var goal = goalId is null ? null : CarriedGoal(goalId);
                string? problem =
                    session is null ? (sessionId is not null && _goals.ContainsKey(sessionId) ? "session quarantined" : "session missing")
                    : goal is null ? (goalId is not null && _goals.ContainsKey(goalId) ? "goal quarantined" : "goal missing")
                    : session.Type != Session || goal.Type != "ShortTermGoal" ? "link is not session → short-term goal"
                    : session.Root != goal.Root ? "link crosses fractals"
                    : !seen.Add((sessionId!, goalId!)) ? "duplicate link"
                    : null;
                var values = problem is null ? Values(row, links, new Dictionary<string, object?>(StringComparer.Ordinal)) : null;
                if (values is null) _quarantined.Add(new QuarantinedRow(row, problem ?? RequiredNullReason(row, links, [])));
                else _rows.Add(new PlannedRow(row, "practice_session_goals", values, KeepRowId: true));
            }
        }

        private GoalNode? CarriedGoal(string id) =>
            _goals.TryGetValue(id, out var node) && _carried["goals"].ContainsKey(id) ? node : null;

        // ---- tables owned by a fractal or a parent row ----------------------------------------------------------

        private sealed record Ownership(string? Root, string? Problem);

        private void PlanOwned(string table, Func<SourceRow, Ownership> owner, Func<SourceRow, object?>? group = null)
        {
            _carried.TryAdd(table, new Dictionary<string, string?>(StringComparer.Ordinal));
            if (!source.HasTable(table)) return;
            var targetTable = target.Table(table);
            foreach (var row in data.Rows(table))
            {
                var id = row.Text("id");
                var ownership = id is null ? new Ownership(null, "id is NULL") : owner(row);
                if (ownership.Problem is not null)
                {
                    Quarantine(row, ownership.Problem, table, id);
                    continue;
                }
                var overrides = new Dictionary<string, object?>(StringComparer.Ordinal);
                if (targetTable.Has("root_id"))
                {
                    overrides["root_id"] = ownership.Root;
                    CountRootRepair(table, row.Text("root_id"), ownership.Root, row.Values.ContainsKey("root_id"));
                }
                if (group is not null && targetTable.Has("group_id")) overrides["group_id"] = group(row);
                if (Values(row, targetTable, overrides) is { } values) Carry(row, table, id!, ownership.Root, values, keepRowId: true);
                else Quarantine(row, RequiredNullReason(row, targetTable, overrides), table, id);
            }
        }

        private Ownership FractalOf(SourceRow row)
        {
            var root = row.Text("root_id");
            return root is null ? new Ownership(null, "root_id is NULL")
                : IsFractalRoot(root) ? new Ownership(root, null)
                : new Ownership(null, "fractal no longer exists");
        }

        private Ownership Owner(SourceRow row, string column, string table, string what)
        {
            var id = row.Text(column);
            if (id is not null && _carried.TryGetValue(table, out var carried) && carried.TryGetValue(id, out var root)) return new Ownership(root, null);
            return new Ownership(null, id is not null && _quarantinedIds.GetValueOrDefault(table)?.Contains(id) == true ? $"{what} quarantined" : $"{what} missing");
        }

        /// <summary>A nullable reference that must not dangle: null when fine, the problem otherwise.</summary>
        private Ownership? Optional(SourceRow row, string column, string table, string what) =>
            row.Text(column) is null ? null : Owner(row, column, table, what) is { Problem: not null } problem ? problem : null;

        private object? GroupOf(SourceRow row)
        {
            var group = row["group_id"];
            if (group is null || (_carried["activity_groups"].ContainsKey(row.Text("group_id")!))) return group;
            Count("activity_definitions", "group_id", "group missing or quarantined: set NULL (its ON DELETE SET NULL)");
            return null;
        }

        private Ownership InstanceOwner(SourceRow row)
        {
            var sessionId = row.Text("practice_session_id");
            var session = sessionId is null ? null : CarriedGoal(sessionId);
            if (session is null)
                return new Ownership(null, sessionId is not null && _goals.ContainsKey(sessionId) ? "session quarantined" : "session missing");
            if (session.Type != Session) return new Ownership(null, "practice_session_id is not a session");
            var activity = Owner(row, "activity_definition_id", "activity_definitions", "activity definition");
            return activity.Problem is not null ? activity : new Ownership(session.Root, null);
        }

        private Ownership ValueOwner(SourceRow row)
        {
            var instance = Owner(row, "activity_instance_id", "activity_instances", "activity instance");
            if (instance.Problem is not null) return instance;
            var metric = Owner(row, "metric_definition_id", "metric_definitions", "metric definition");
            if (metric.Problem is not null) return metric;
            return Optional(row, "split_definition_id", "split_definitions", "split definition") ?? instance;
        }

        // ---- values ------------------------------------------------------------------------------------------------

        /// <summary>The target row: overrides, else the legacy value, else the column's default; null when a required value is missing.</summary>
        private Dictionary<string, object?>? Values(SourceRow row, TableInfo table, Dictionary<string, object?> overrides)
        {
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var column in table.Columns)
            {
                if (overrides.TryGetValue(column.Name, out var value))
                {
                    values[column.Name] = value;
                    if (value is null && column.NotNull) return null;
                    continue;
                }
                var present = row.Values.TryGetValue(column.Name, out value);
                if (value is null && (column.NotNull || !present))
                {
                    if (!ColumnDefaults.TryFill(column, out value)) return null;
                    if (present && value is not null) Count(table.Name, column.Name, "NULL replaced by the column's default");
                }
                values[column.Name] = value;
            }
            return values;
        }

        private static string RequiredNullReason(SourceRow row, TableInfo table, Dictionary<string, object?> overrides)
        {
            var column = table.Columns.FirstOrDefault(c => c.NotNull
                && (overrides.TryGetValue(c.Name, out var value) ? value is null : row[c.Name] is null && !ColumnDefaults.TryFill(c, out _)));
            return $"required column {column?.Name ?? "?"} is NULL";
        }

        private void Carry(SourceRow row, string table, string id, string? root, Dictionary<string, object?> values, bool keepRowId)
        {
            _rows.Add(new PlannedRow(row, table, values, keepRowId));
            _carried.TryAdd(table, new Dictionary<string, string?>(StringComparer.Ordinal));
            _carried[table][id] = root;
        }

        private void Quarantine(SourceRow row, string reason, string table, string? id)
        {
            _quarantined.Add(new QuarantinedRow(row, reason));
            if (id is null) return;
            _quarantinedIds.TryAdd(table, new HashSet<string>(StringComparer.Ordinal));
            _quarantinedIds[table].Add(id);
        }

        private void CountRootRepair(string table, string? stored, string? root, bool hadColumn)
        {
            if (stored == root) return;
            Count(table, "root_id", !hadColumn ? "root_id added and derived (column absent)" : stored is null ? "NULL root_id back-filled from the tree" : "root_id corrected to the top of the tree");
        }

        private void Count(string table, string column, string what) =>
            _repairs[(table, column, what)] = _repairs.GetValueOrDefault((table, column, what)) + 1;
    }
}
