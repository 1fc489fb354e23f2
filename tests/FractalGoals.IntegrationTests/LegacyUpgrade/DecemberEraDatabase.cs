using Microsoft.Data.Sqlite;

namespace FractalGoals.IntegrationTests.LegacyUpgrade;

/// <summary>
/// Writes an era-(a) file (December 2025: sessions in <c>practice_sessions</c>) from the DDL the issue describes, with
/// two fractals, sessions, links, instances, metric values and templates — and the usual flaws: a session of a
/// deleted fractal, one without a fractal, an activity and a template of a deleted fractal, a value of a deleted
/// metric, a link across fractals, a NULL template description, and a legacy index nobody asked for.
/// </summary>
public static class DecemberEraDatabase
{
    public const string Guitar = "f1-guitar";
    public const string Calisthenics = "f2-calisthenics";

    public static string Create(string folder, string name = "december-2025.db")
    {
        var file = Path.Combine(folder, name);
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Schema + Data;
        command.ExecuteNonQuery();
        return file;
    }

    private const string Schema = """
        CREATE TABLE goals (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL CHECK (type IN ('UltimateGoal', 'LongTermGoal', 'MidTermGoal', 'ShortTermGoal', 'ImmediateGoal', 'MicroGoal', 'NanoGoal')),
            name TEXT NOT NULL,
            description TEXT DEFAULT '',
            deadline TIMESTAMP,
            completed BOOLEAN DEFAULT 0,
            created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
            parent_id TEXT,
            targets TEXT,
            FOREIGN KEY (parent_id) REFERENCES goals(id) ON DELETE CASCADE);
        CREATE TABLE practice_sessions (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            description TEXT DEFAULT '',
            completed BOOLEAN DEFAULT 0,
            created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
            root_id TEXT,
            session_data TEXT,
            duration_minutes INTEGER);
        CREATE TABLE practice_session_goals (
            id INTEGER PRIMARY KEY,
            practice_session_id TEXT NOT NULL REFERENCES practice_sessions(id) ON DELETE CASCADE,
            short_term_goal_id TEXT NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
            created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP);
        CREATE TABLE activity_definitions (
            id TEXT PRIMARY KEY,
            root_id TEXT NOT NULL,
            name TEXT NOT NULL,
            description TEXT DEFAULT '',
            created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
            has_sets BOOLEAN DEFAULT 0,
            has_metrics BOOLEAN DEFAULT 1,
            FOREIGN KEY (root_id) REFERENCES goals(id));
        CREATE TABLE metric_definitions (
            id TEXT PRIMARY KEY,
            activity_id TEXT NOT NULL,
            name TEXT NOT NULL,
            unit TEXT NOT NULL,
            created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
            FOREIGN KEY (activity_id) REFERENCES activity_definitions(id));
        CREATE TABLE activity_instances (
            id TEXT PRIMARY KEY,
            practice_session_id TEXT NOT NULL,
            activity_definition_id TEXT NOT NULL,
            created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
            time_start TIMESTAMP,
            time_stop TIMESTAMP,
            duration_seconds INTEGER,
            FOREIGN KEY (practice_session_id) REFERENCES practice_sessions(id) ON DELETE CASCADE,
            FOREIGN KEY (activity_definition_id) REFERENCES activity_definitions(id));
        CREATE TABLE metric_values (
            id TEXT PRIMARY KEY,
            activity_instance_id TEXT NOT NULL,
            metric_definition_id TEXT NOT NULL,
            value FLOAT NOT NULL,
            FOREIGN KEY (activity_instance_id) REFERENCES activity_instances(id) ON DELETE CASCADE,
            FOREIGN KEY (metric_definition_id) REFERENCES metric_definitions(id) ON DELETE RESTRICT);
        CREATE TABLE session_templates (
            id VARCHAR NOT NULL,
            name VARCHAR NOT NULL,
            description VARCHAR,
            root_id VARCHAR NOT NULL,
            created_at DATETIME,
            template_data VARCHAR NOT NULL,
            PRIMARY KEY (id),
            FOREIGN KEY(root_id) REFERENCES goals (id));
        CREATE INDEX ix_practice_sessions_root ON practice_sessions(root_id);
        """;

    // The legacy server ran with foreign keys off, so the flaws below were writable (the test connection is on: off here).
    private const string Data = """
        PRAGMA foreign_keys = OFF;
        INSERT INTO goals (id, type, name, description, created_at, parent_id, targets) VALUES
            ('f1-guitar', 'UltimateGoal', 'Become a great guitarist', '', '2025-12-01 10:00:00.000001', NULL, NULL),
            ('f1-lt', 'LongTermGoal', 'Play jazz standards', '', '2025-12-01 10:01:00.000000', 'f1-guitar', NULL),
            ('f1-mt', 'MidTermGoal', 'Learn ten standards', NULL, '2025-12-01 10:02:00.000000', 'f1-lt', '[{"id":"t1","name":"Tempo","activity_id":"a1-scales","metrics":[{"metric_id":"m1-tempo","value":120}]}]'),
            ('f1-st1', 'ShortTermGoal', 'Autumn Leaves', '', '2025-12-01 10:03:00.000000', 'f1-mt', NULL),
            ('f1-st2', 'ShortTermGoal', 'Blue Bossa', '', '2025-12-01 10:04:00', 'f1-mt', NULL),
            ('f2-calisthenics', 'UltimateGoal', 'Calisthenics', 'strength', '2025-12-02 08:00:00.000000', NULL, NULL),
            ('f2-lt', 'LongTermGoal', 'Front lever', '', '2025-12-02 08:01:00.000000', 'f2-calisthenics', NULL),
            ('f2-mt', 'MidTermGoal', 'Tuck lever', '', '2025-12-02 08:02:00.000000', 'f2-lt', NULL),
            ('f2-st', 'ShortTermGoal', '10 s tuck', '', '2025-12-02 08:03:00.000000', 'f2-mt', NULL),
            ('f1-imm', 'ImmediateGoal', 'Clean changes today', '', '2025-12-03 18:00:00.000000', 's1', NULL);
        INSERT INTO practice_sessions (id, name, description, completed, created_at, root_id, session_data, duration_minutes) VALUES
            ('s1', 'Evening practice', '', 1, '2025-12-03 18:00:00.000000', 'f1-guitar', '{"sections":[{"name":"Warm-up","activity_ids":["i1"]}]}', 45),
            ('s2', 'Morning practice', '', 0, '2025-12-04 07:30:00.000000', 'f1-guitar', NULL, 30),
            ('s3', 'Lever session', '', 0, '2025-12-04 19:00:00.000000', 'f2-calisthenics', '{"sections":[]}', NULL),
            ('s4', 'Old session', '', 0, '2025-12-05 12:00:00.000000', 'deleted-fractal', NULL, NULL),
            ('s5', 'Lost session', '', 0, '2025-12-05 13:00:00.000000', NULL, NULL, NULL),
            ('s6', 'Unlinked session', '', 0, '2025-12-06 09:00:00.000000', 'f2-calisthenics', NULL, 20);
        INSERT INTO practice_session_goals (id, practice_session_id, short_term_goal_id, created_at) VALUES
            (1, 's1', 'f1-st1', '2025-12-03 18:00:00.000000'),
            (2, 's1', 'f1-st2', '2025-12-03 18:00:00.000000'),
            (3, 's2', 'f1-st2', '2025-12-04 07:30:00.000000'),
            (4, 's3', 'f2-st', '2025-12-04 19:00:00.000000'),
            (5, 's2', 'f2-st', '2025-12-04 07:31:00.000000');
        INSERT INTO activity_definitions (id, root_id, name, description, created_at, has_sets, has_metrics) VALUES
            ('a1-scales', 'f1-guitar', 'Scales', 'https://example.com/scales', '2025-12-01 11:00:00', 0, 1),
            ('a2-pullups', 'f2-calisthenics', 'Pull ups', '', '2025-12-02 09:00:00.000000', 1, 1),
            ('a3-cold', 'deleted-fractal', 'Cold calling', '', '2025-12-02 09:30:00.000000', 0, 1);
        INSERT INTO metric_definitions (id, activity_id, name, unit, created_at) VALUES
            ('m1-tempo', 'a1-scales', 'Tempo', 'bpm', '2025-12-01 11:00:00.000000'),
            ('m2-reps', 'a2-pullups', 'Reps', 'Count', '2025-12-02 09:00:00.000000'),
            ('m3-calls', 'a3-cold', 'Calls', 'Count', '2025-12-02 09:30:00.000000');
        INSERT INTO activity_instances (id, practice_session_id, activity_definition_id, created_at, time_start, time_stop, duration_seconds) VALUES
            ('i1', 's1', 'a1-scales', '2025-12-03 18:01:00.000000', '2025-12-03 18:01:00.000000', '2025-12-03 18:11:30.500000', 630),
            ('i2', 's3', 'a2-pullups', '2025-12-04 19:01:00.000000', '2025-12-04 19:01:00.000000', NULL, NULL),
            ('i3', 's4', 'a2-pullups', '2025-12-05 12:01:00.000000', NULL, NULL, NULL),
            ('i4', 's1', 'a3-cold', '2025-12-03 18:20:00.000000', NULL, NULL, NULL);
        INSERT INTO metric_values (id, activity_instance_id, metric_definition_id, value) VALUES
            ('v1', 'i1', 'm1-tempo', 120.0),
            ('v2', 'i2', 'm2-reps', 10),
            ('v3', 'i1', 'gone-metric', 5.5),
            ('v4', 'i3', 'm2-reps', 8);
        INSERT INTO session_templates (id, name, description, root_id, created_at, template_data) VALUES
            ('t1', 'Jazz routine', '', 'f1-guitar', '2025-12-01 12:00:00.000000', '{"sections":[{"name":"Warm-up","exercises":[]}]}'),
            ('t2', 'Sales routine', '', 'deleted-fractal', '2025-12-01 12:10:00.000000', '{}'),
            ('t3', 'Lever routine', NULL, 'f2-calisthenics', '2025-12-02 12:00:00.000000', '{"sections":[]}');
        """;
}
