using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace FractalGoals.Infrastructure.LegacyUpgrade;

/// <summary>What <c>db upgrade</c> was asked to do.</summary>
public sealed record UpgradeOptions(bool DryRun = false, UpgradeFaults? Faults = null);

/// <summary>
/// <c>db upgrade</c> (ADR 0024): recognise the era by inspection, back up and verify, plan the quarantine, rebuild a
/// working copy in one transaction, verify it against the backup and a freshly migrated schema, and only then
/// rename it over the original — which is therefore either byte-identical or fully upgraded, never half.
/// </summary>
public sealed class LegacyUpgrader(TimeProvider clock)
{
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    public async Task<UpgradeReport> UpgradeAsync(string database, UpgradeOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await RunAsync(database, options, cancellationToken);
        }
        catch (InjectedFaultException fault)
        {
            throw new UpgradeFailedException($"{fault.Message}; nothing was written", fault);
        }
    }

    private async Task<UpgradeReport> RunAsync(string database, UpgradeOptions options, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        ArgumentNullException.ThrowIfNull(options);
        var faults = options.Faults ?? UpgradeFaults.None;
        var started = Stopwatch.GetTimestamp();
        var path = Path.GetFullPath(database);

        faults.At(UpgradeSteps.Inspect);
        RequireSqliteFile(path);
        var target = await TargetSchema.CreateAsync(cancellationToken);
        SchemaSnapshot schema;
        LegacyEra era;
        DriftReport drift;
        await using (var read = OpenReadOnly(path))
        {
            await RequireIntegrityAsync(read, cancellationToken);
            schema = await SchemaInspector.ReadAsync(read, cancellationToken);
            era = EraDetector.Detect(schema, await HistoryAsync(read, schema, cancellationToken), target);
            schema = schema.Without(TargetSchema.LockTable);   // EF's transient lock table holds no data; the rebuild drops it
            if (era == LegacyEra.Current)
                return Report(path, era, DriftReport.None, started) with { Outcome = UpgradeReport.AlreadyCurrent, DryRun = options.DryRun, Changes = ["none: the database is already current"] };
            drift = await DriftReport.AnalyseAsync(read, schema, era, target, cancellationToken);
            if (drift.Unmappable.Count > 0)
                throw new UpgradeRefusedException("the database has drifted beyond what can be mapped safely: " + string.Join("; ", drift.Unmappable));
            if (options.DryRun)
            {
                var plan = await Preflight.PlanAsync(read, schema, era, target, cancellationToken);   // temp tables only: the file is opened read-only
                return Planned(path, era, drift, schema, plan, target, started);
            }
        }

        RequireWritable(path);
        faults.At(UpgradeSteps.Lock);
        await using var guard = await LockAsync(path, cancellationToken);
        var backupPath = Backup.PathFor(path, clock.GetUtcNow());
        var workingPath = path + ".upgrade-working.tmp";
        var swapped = false;
        try
        {
            faults.At(UpgradeSteps.Backup);
            BackupReport backup;
            await using (var read = OpenReadOnly(path))
                backup = await Backup.CreateAsync(read, backupPath, cancellationToken);

            faults.At(UpgradeSteps.WorkingCopy);
            DeleteWithJournals(workingPath);   // a leftover of an interrupted run
            File.Copy(backupPath, workingPath);
            UpgradePlan plan;
            UpgradeVerification.Result verification;
            await using (var working = Sql.Open(workingPath, SqliteOpenMode.ReadWrite))
            {
                if (faults.MaxPages is { } pages)
                    await Sql.ExecuteAsync(working, $"PRAGMA max_page_count = {pages}", cancellationToken);

                faults.At(UpgradeSteps.Preflight);
                plan = await Preflight.PlanAsync(working, schema, era, target, cancellationToken);
                await TableRebuild.RunAsync(working, schema, plan, target, faults, cancellationToken);

                faults.At(UpgradeSteps.Verify);
                await using var backupRead = OpenReadOnly(backupPath);
                verification = await UpgradeVerification.RunAsync(backupRead, working, schema, target, cancellationToken);
                if (!verification.Passed)
                    throw new UpgradeFailedException("the upgraded copy did not verify: " + string.Join("; ", verification.Checks.Where(c => !c.Passed).Select(c => $"{c.Name}: {c.Detail}")));
            }

            KeepPermissions(path, workingPath);
            KeepPermissions(path, backupPath);
            faults.At(UpgradeSteps.Swap);
            File.Move(workingPath, path, overwrite: true);   // rename(2): atomic, the original is never half-written
            swapped = true;
            faults.At(UpgradeSteps.Swapped);
            await guard.DisposeAsync();
            RemoveStaleSidecars(path);
            return Report(path, era, drift, started) with
            {
                Outcome = UpgradeReport.Upgraded,
                Backup = backup,
                Changes = Changes(era, drift, plan),
                Tables = verification.Tables,
                Quarantine = QuarantineCounts(plan),
                QuarantinedRows = QuarantineEntries(plan),
                Repairs = plan.Repairs,
                Checks = verification.Checks,
                Checksums = verification.Checksums,
            };
        }
        catch (Exception failure) when (swapped)
        {
            throw new UpgradeFailedException($"{Describe(failure)}, after the swap: the database is upgraded, the backup is {backupPath}", failure);
        }
        catch (Exception failure)
        {
            // the swap is the first change to the original: before it, dropping our files is the whole rollback
            DeleteWithJournals(workingPath);
            TryDelete(backupPath);
            throw new UpgradeFailedException($"{Describe(failure)}; rolled back, the original is untouched", failure);
        }
    }

    /// <summary><c>db verify</c>: the invariants of a database of ours (exit 0 when all hold).</summary>
    public static async Task<IReadOnlyList<UpgradeCheck>> VerifyAsync(string database, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(database);
        RequireSqliteFile(path);
        var target = await TargetSchema.CreateAsync(cancellationToken);
        await using var read = OpenReadOnly(path);
        await RequireIntegrityAsync(read, cancellationToken);
        var schema = await SchemaInspector.ReadAsync(read, cancellationToken);
        if (!schema.HasTable(TargetSchema.HistoryTable))
            throw new UpgradeRefusedException(schema.Tables.Count == 0 ? "the database is empty" : "not a database of ours (no __EFMigrationsHistory): run db upgrade first");
        return await InvariantChecks.RunAsync(read, target, cancellationToken);
    }

    // ---- refusals: nothing is written before these pass ---------------------------------------------------------------

    private static void RequireSqliteFile(string path)
    {
        if (Directory.Exists(path)) throw new UpgradeRefusedException($"{path} is a directory");
        if (!File.Exists(path)) throw new UpgradeRefusedException($"{path} does not exist");
        var header = new byte[SqliteHeader.Length];
        int read;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        if (read == 0) throw new UpgradeRefusedException($"{path} is empty: there is nothing to upgrade");
        if (read < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader))
            throw new UpgradeRefusedException($"{path} is not a SQLite database");
    }

    private static async Task RequireIntegrityAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        List<string> result;
        try
        {
            result = await Sql.LinesAsync(connection, "PRAGMA integrity_check", cancellationToken);
        }
        catch (SqliteException broken) when (broken.SqliteErrorCode is 11 or 26)   // SQLITE_CORRUPT, SQLITE_NOTADB
        {
            throw new UpgradeRefusedException($"the file is not a readable SQLite database: {broken.Message}");
        }
        if (result is not ["ok"])
            throw new UpgradeRefusedException($"the database fails integrity_check ({string.Join("; ", result.Take(3))}); restore it from a backup first");
    }

    /// <summary>Respects a read-only file even for root, who could write it anyway: the owner said no.</summary>
    private static void RequireWritable(string path)
    {
        var readOnly = (File.GetAttributes(path) & FileAttributes.ReadOnly) != 0
            || (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & UnixFileMode.UserWrite) == 0);
        if (!readOnly)
        {
            try
            {
                using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            }
            catch (UnauthorizedAccessException)
            {
                readOnly = true;
            }
        }
        if (readOnly) throw new UpgradeRefusedException($"{path} is read-only; make it writable to upgrade it");
        var folder = Path.GetDirectoryName(path)!;
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(folder) & UnixFileMode.UserWrite) == 0)
            throw new UpgradeRefusedException($"the folder {folder} is read-only; the backup and the working copy are written beside the database");
    }

    /// <summary>
    /// Holds the original's write lock from before the backup until after the swap, so no other writer can change it
    /// in between (a running server is refused, not raced). A WAL file is checkpointed first, so the file alone is whole.
    /// </summary>
    private static async Task<SqliteConnection> LockAsync(string path, CancellationToken cancellationToken)
    {
        var guard = Sql.Open(path, SqliteOpenMode.ReadWrite);
        try
        {
            await using (var command = guard.CreateCommand())
            {
                command.CommandTimeout = 1;
                if (File.Exists(path + "-wal"))
                {
                    command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
                    await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                    if (await reader.ReadAsync(cancellationToken) && reader.GetInt64(0) != 0) throw new SqliteException("checkpoint blocked", 5);
                }
                command.CommandText = "BEGIN IMMEDIATE";
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            return guard;
        }
        catch (SqliteException busy) when (busy.SqliteErrorCode is 5 or 6)   // SQLITE_BUSY, SQLITE_LOCKED
        {
            await guard.DisposeAsync();
            throw new UpgradeRefusedException("the database is locked by another connection (is the API running on it?); stop it and retry");
        }
        catch (SqliteException readOnly) when (readOnly.SqliteErrorCode == 8)   // SQLITE_READONLY
        {
            await guard.DisposeAsync();
            throw new UpgradeRefusedException($"{path} cannot be written: {readOnly.Message}");
        }
    }

    /// <summary>The upgraded file and the backup get the original's permissions (a private 0600 file stays private).</summary>
    private static void KeepPermissions(string original, string copy)
    {
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(copy, File.GetUnixFileMode(original));
    }

    private static async Task<IReadOnlyList<string>?> HistoryAsync(SqliteConnection connection, SchemaSnapshot schema, CancellationToken cancellationToken) =>
        schema.HasTable(TargetSchema.HistoryTable)
            ? await Sql.LinesAsync(connection, $"SELECT MigrationId FROM {TargetSchema.HistoryTable} ORDER BY MigrationId", cancellationToken)
            : null;

    private static SqliteConnection OpenReadOnly(string path) => Sql.Open(path, SqliteOpenMode.ReadOnly);

    // ---- after a failure ----------------------------------------------------------------------------------------------------

    private static string Describe(Exception failure) => failure switch
    {
        SqliteException { SqliteErrorCode: 13 } => "the disk is full (SQLITE_FULL)",
        IOException io when io.HResult is 28 or unchecked((int)0x80070070) => "the disk is full",
        _ => failure.Message,
    };

    private static void DeleteWithJournals(string path)
    {
        foreach (var file in new[] { path, path + "-journal", path + "-wal", path + "-shm" }) TryDelete(file);
    }

    private static void RemoveStaleSidecars(string path)
    {
        // they belonged to the file that was replaced; the new file has no connection yet
        foreach (var file in new[] { path + "-wal", path + "-shm" }) TryDelete(file);
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException)
        {
            // left for the next run, which removes it first
        }
        catch (UnauthorizedAccessException)
        {
            // idem
        }
    }

    // ---- reports ------------------------------------------------------------------------------------------------------------

    private static UpgradeReport Report(string path, LegacyEra era, DriftReport drift, long started) => new()
    {
        Database = path,
        Outcome = "",
        Era = era.ToString(),
        EraDescription = EraSchemas.Describe(era),
        Drift = drift,
        DurationSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds,
    };

    private static UpgradeReport Planned(string path, LegacyEra era, DriftReport drift, SchemaSnapshot schema, UpgradePlan plan, TargetSchema target, long started) =>
        Report(path, era, drift, started) with
        {
            Outcome = UpgradeReport.Planned,
            DryRun = true,
            Changes = Changes(era, drift, plan),
            Tables = target.DataTables.Select(t =>
            {
                var sources = TableMapping.SourcesOf(t.Name, schema);
                return new TableCount(t.Name, sources, sources.Sum(s => plan.CarriedFrom(s) + plan.QuarantinedIn(s)), plan.CarriedInto(t.Name), sources.Sum(s => (long)plan.QuarantinedIn(s)));
            }).ToList(),
            Quarantine = QuarantineCounts(plan),
            QuarantinedRows = QuarantineEntries(plan),
            Repairs = plan.Repairs,
        };

    private static List<string> Changes(LegacyEra era, DriftReport drift, UpgradePlan plan)
    {
        var changes = new List<string>
        {
            "every table rebuilt into the current schema (NOT NULL, CHECK and foreign keys added; SQLite's 12-step rebuild)",
            "the 28 named indexes and our added ones created (among them the unique metric-value slot, ADR 0043); the EF migrations history stamped",
        };
        if (era == LegacyEra.December2025) changes.Add("practice_sessions moved into goals as PracticeSession rows, with their links; link ids and dates archived in _archive_practice_session_goals");
        if (drift.ExtraIndexes.Count > 0) changes.Add($"{drift.ExtraIndexes.Count} legacy indexes dropped");
        if (drift.MissingColumns.Count > 0) changes.Add($"{drift.MissingColumns.Count} missing columns added (defaults, audit columns NULL until the next change)");
        if (plan.Quarantined.Count > 0) changes.Add($"{plan.Quarantined.Count} rows moved to _quarantine_<table> tables with their reason");
        return changes;
    }

    private static List<QuarantineCount> QuarantineCounts(UpgradePlan plan) =>
        plan.Quarantined.GroupBy(q => (q.Table, q.Reason))
            .Select(g => new QuarantineCount(g.Key.Table, g.Key.Reason, g.Count()))
            .OrderBy(q => q.Table, StringComparer.Ordinal).ThenBy(q => q.Reason, StringComparer.Ordinal).ToList();

    private static List<QuarantineEntry> QuarantineEntries(UpgradePlan plan) =>
        plan.Quarantined.Select(q => new QuarantineEntry(q.Table, q.RowId, q.Id, q.Reason)).ToList();
}
