using FractalGoals.Infrastructure.Persistence;

namespace FractalGoals.IntegrationTests.Persistence;

/// <summary>
/// ADR 0046: a database of ours made before the slot index may hold a slot that racing PUTs wrote twice. Start-up
/// (<see cref="DatabaseInitializer"/>) keeps the last-written value, quarantines the others with their reason, and
/// then builds the index, so it neither fails nor loses a value; a database without duplicates gets no extra table.
/// </summary>
public sealed class MetricValueSlotMigrationTests : IAsyncLifetime
{
    private const string Insert =
        "INSERT INTO metric_values (id, activity_instance_id, metric_definition_id, value, root_id, created_at, updated_at) VALUES (@id, @instance, @metric, @value, @root, @at, @at)";

    private TestDatabase _database = null!;
    private SampleFractal _sample = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Token);
        _sample = await SampleFractal.SaveNewAsync(_database);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task A_slot_written_twice_before_the_index_keeps_its_last_value_and_quarantines_the_others()
    {
        var instance = _sample.Instance.Id.Value;
        var reps = _sample.Reps.Id.Value;
        await _database.MigrateBackBeforeAsync("_MetricValueSlotIndex", Token);
        Sql.Execute(_database, "DELETE FROM metric_values WHERE activity_instance_id = @instance AND metric_definition_id = @metric AND split_definition_id IS NULL",
            ("@instance", instance), ("@metric", reps));
        (string, object?)[] Value(string id, double value, int day) =>
            [("@id", id), ("@instance", instance), ("@metric", reps), ("@value", value), ("@root", _sample.Root.Id.Value), ("@at", new DateTime(2026, 1, day, 9, 0, 0))];
        Sql.Execute(_database, Insert, Value("first", 10, 3));
        Sql.Execute(_database, Insert, Value("last", 12, 5));    // the value the user wrote last
        Sql.Execute(_database, Insert, Value("stale", 11, 4));

        await StartUpAsync();

        const string slot = "SELECT id FROM metric_values WHERE activity_instance_id = @instance AND metric_definition_id = @metric AND split_definition_id IS NULL";
        Assert.Equal("last", Sql.Scalar(_database, slot, ("@instance", instance), ("@metric", reps)));
        Assert.Equal(2L, Convert.ToInt64(Sql.Scalar(_database, $"SELECT count(*) FROM {MetricValueSlot.QuarantineTable} WHERE id IN ('first', 'stale') AND _quarantine_reason = @reason",
            ("@reason", MetricValueSlot.DuplicateReason)), System.Globalization.CultureInfo.InvariantCulture));
        Assert.ThrowsAny<System.Data.Common.DbException>(() => Sql.Execute(_database, Insert, Value("again", 13, 6)));   // the index stands
    }

    [Fact]
    public async Task A_database_without_duplicates_migrates_with_no_quarantine_table()
    {
        var values = Sql.Scalar(_database, "SELECT count(*) FROM metric_values");
        await _database.MigrateBackBeforeAsync("_MetricValueSlotIndex", Token);

        await StartUpAsync();

        Assert.Equal(values, Sql.Scalar(_database, "SELECT count(*) FROM metric_values"));
        Assert.ThrowsAny<System.Data.Common.DbException>(() => Sql.Scalar(_database, $"SELECT count(*) FROM {MetricValueSlot.QuarantineTable}"));
        Assert.ThrowsAny<System.Data.Common.DbException>(() => Sql.Execute(_database, Insert, ("@id", "again"), ("@instance", _sample.Instance.Id.Value),
            ("@metric", _sample.Reps.Id.Value), ("@value", 1.0), ("@root", _sample.Root.Id.Value), ("@at", new DateTime(2026, 1, 6))));   // the index stands
    }

    // What the API does at start: the pending migrations, after the duplicates are quarantined.
    private async Task StartUpAsync()
    {
        await using var db = _database.NewContext();
        await DatabaseInitializer.MigrateAsync(db, Token);
    }
}
