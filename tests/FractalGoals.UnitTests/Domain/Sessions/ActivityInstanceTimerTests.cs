using FractalGoals.Domain.Sessions;
using FsCheck;
using FsCheck.Fluent;
using static FractalGoals.UnitTests.Domain.Activities.ActivityTestData;

namespace FractalGoals.UnitTests.Domain.Sessions;

/// <summary>Timers and the derived duration (domain-rules §10, api-contract #42–#44).</summary>
public sealed class ActivityInstanceTimerTests
{
    private readonly ActivityInstance _instance = NewInstance();

    [Fact]
    public void Start_stamps_the_start_and_leaves_no_stop_or_duration()
    {
        _instance.StartTimer(Later);

        Assert.Equal((Later, (DateTime?)null, (int?)null), (_instance.TimeStart, _instance.TimeStop, _instance.DurationSeconds));
        Assert.True(_instance.IsRunning);
        Assert.Equal(Later, _instance.UpdatedAt);
    }

    [Fact]
    public void Restart_discards_the_previous_run()
    {
        _instance.StartTimer(Now);
        _instance.StopTimer(Later);

        _instance.StartTimer(Latest);

        Assert.Equal((Latest, (DateTime?)null, (int?)null), (_instance.TimeStart, _instance.TimeStop, _instance.DurationSeconds));
    }

    [Fact]
    public void Stop_without_start_says_Timer_was_never_started()
    {
        var error = Violation(() => _instance.StopTimer(Later));

        Assert.Equal(SessionRules.TimerNeverStarted, error.Code);
        Assert.Contains("Timer was never started", error.Message, StringComparison.Ordinal);
        Assert.Equal("Cannot stop timer: Timer was never started. Please click 'Start' first, or manually enter start and stop times.", error.Message);
        Assert.Null(_instance.TimeStop);
    }

    [Fact]
    public void Stop_after_a_manual_stop_without_start_still_says_Timer_was_never_started()
    {
        _instance.SetTimes(null, Later, Later);

        Assert.Equal(SessionRules.TimerNeverStarted, Violation(() => _instance.StopTimer(Latest)).Code);
        Assert.Equal(Later, _instance.TimeStop);
    }

    [Fact]
    public void Stop_stamps_the_stop_and_derives_the_duration()
    {
        _instance.StartTimer(new DateTime(2026, 1, 2, 7, 45, 10, 104).AddMicroseconds(311));

        _instance.StopTimer(new DateTime(2026, 1, 2, 7, 52, 41, 870).AddMicroseconds(21));

        Assert.Equal(451, _instance.DurationSeconds);
        Assert.False(_instance.IsRunning);
    }

    [Fact]
    public void Stopping_again_restamps_the_stop_from_the_same_start()
    {
        _instance.StartTimer(Now);
        _instance.StopTimer(Now.AddSeconds(30));

        _instance.StopTimer(Now.AddSeconds(90));

        Assert.Equal((Now, Now.AddSeconds(90), 90), (_instance.TimeStart!.Value, _instance.TimeStop!.Value, _instance.DurationSeconds!.Value));
    }

    [Fact]
    public void Duration_is_derived_and_truncated()
    {
        // Offsets of up to about a day either way, at microsecond resolution (what storage keeps).
        var offsets =
            from seconds in Gen.Choose(-100_000, 100_000)
            from micros in Gen.Choose(0, 999_999)
            from negative in Gen.Elements(true, false)
            select (seconds * TimeSpan.TicksPerSecond) + ((negative ? -micros : micros) * 10L);

        Prop.ForAll(offsets.ToArbitrary(), offsetTicks =>
        {
            var instance = NewInstance();

            instance.SetTimes(Now, Now.AddTicks(offsetTicks), Later);

            return instance.DurationSeconds == (int)decimal.Truncate(offsetTicks / (decimal)TimeSpan.TicksPerSecond);
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData(15_000_000, 1)]       // 1.5 s → 1
    [InlineData(-15_000_000, -1)]     // stop before start: -1.5 s → -1, toward zero
    [InlineData(-9_999_990, 0)]       // -0.999999 s → 0
    [InlineData(5_999_990, 0)]        // 0.599999 s → 0
    public void Manual_edit_may_give_a_negative_duration_truncated_toward_zero(long offsetTicks, int expected)
    {
        _instance.SetTimes(Now, Now.AddTicks(offsetTicks), Later);

        Assert.Equal(expected, _instance.DurationSeconds);
    }

    [Fact]
    public void Manual_edit_with_one_time_has_no_duration()
    {
        _instance.SetTimes(Now, Later, Later);
        _instance.SetTimes(Now, null, Latest);

        Assert.Equal((Now, (DateTime?)null, (int?)null), (_instance.TimeStart, _instance.TimeStop, _instance.DurationSeconds));
        Assert.Equal(Latest, _instance.UpdatedAt);
    }

    [Fact]
    public void Reset_clears_both_times_and_the_duration()
    {
        _instance.StartTimer(Now);
        _instance.StopTimer(Later);

        _instance.SetTimes(null, null, Latest);

        Assert.Equal(((DateTime?)null, (DateTime?)null, (int?)null), (_instance.TimeStart, _instance.TimeStop, _instance.DurationSeconds));
    }

    [Fact]
    public void Setting_the_same_times_leaves_updated_at()
    {
        _instance.SetTimes(Now, Later, Now);

        _instance.SetTimes(Now, Later, Latest);

        Assert.Equal(Now, _instance.UpdatedAt);
    }

    [Fact]
    public void Times_are_stored_naive_to_the_microsecond()
    {
        var start = new DateTime(2026, 1, 2, 7, 0, 0, DateTimeKind.Local).AddTicks(1_234_567);

        _instance.SetTimes(start, null, Later);

        Assert.Equal(DateTimeKind.Unspecified, _instance.TimeStart!.Value.Kind);
        Assert.Equal(start.Ticks - 7, _instance.TimeStart.Value.Ticks);
    }

    [Fact]
    public void Utc_times_are_rejected_because_they_must_be_converted_first()
    {
        Assert.Equal("time.not_local", Violation(() => _instance.SetTimes(DateTime.UtcNow, null, Later)).Code);
    }

    [Fact]
    public void Times_too_far_apart_for_a_duration_are_rejected()
    {
        Assert.Equal(SessionRules.DurationOutOfRange, Violation(() => _instance.SetTimes(DateTime.MinValue, DateTime.MaxValue, Later)).Code);
        Assert.Null(_instance.TimeStart);
    }

    private static ActivityInstance NewInstance()
    {
        var fractal = Fractal();
        return ActivityInstance.Create(ActivityInstanceId.New(), Session(fractal), Activity(fractal, Reps), Now);
    }
}
