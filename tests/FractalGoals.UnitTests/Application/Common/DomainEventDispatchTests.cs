using FractalGoals.Application.Common.Versions;
using FractalGoals.Application.Common.Behaviors;
using FractalGoals.Application.Common.Events;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Goals.Events;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using Mediator;
using static FractalGoals.UnitTests.Domain.Goals.GoalFixtures;

namespace FractalGoals.UnitTests.Application.Common;

/// <summary>A command's domain events are handled inside its unit of work, before its one commit (ADR 0037).</summary>
public sealed class DomainEventDispatchTests
{
    private static readonly DateTime Later = Now.AddMinutes(5);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Complete : ICommand<Result<string>>;

    private readonly List<string> _log = [];
    private readonly TrackingUnitOfWork _unitOfWork;
    private readonly List<Goal> _chain = ChainDownTo(GoalType.ShortTermGoal);

    public DomainEventDispatchTests()
    {
        _unitOfWork = new TrackingUnitOfWork(_log);
        foreach (var goal in _chain) _unitOfWork.Track(goal);
    }

    private Goal Goal => _chain[^1];

    private Task<Result<string>> RunAsync(Func<INotification, ValueTask> handler, Func<Result<string>> command) =>
        new UnitOfWorkBehavior<Complete, Result<string>>(_unitOfWork, new DomainEventDispatcher(_unitOfWork, new HandlerPublisher(handler)), new WritePrecondition())
            .Handle(new Complete(), (_, _) => ValueTask.FromResult(command()), Ct).AsTask();

    [Fact]
    public async Task A_raised_GoalCompleted_reaches_its_handler_before_the_commit()
    {
        var answer = await RunAsync(n =>
        {
            _log.Add($"handled {((GoalCompletedNotification)n).Completed.GoalId.Value}");
            return ValueTask.CompletedTask;
        }, () =>
        {
            Goal.SetCompleted(true, Later);
            return "done";
        });

        Assert.Equal("done", answer.Value);
        Assert.Equal([$"handled {Goal.Id.Value}", "save"], _log);
    }

    [Fact]
    public async Task A_failing_handler_stops_the_commit_and_its_exception_reaches_the_caller()
    {
        var failure = await Assert.ThrowsAsync<DomainRuleViolationException>(() => RunAsync(
            _ => throw new DomainRuleViolationException("test.refused", "refused"),
            () =>
            {
                Goal.SetCompleted(true, Later);
                return "done";
            }));

        Assert.Equal("test.refused", failure.Code);
        Assert.Equal(0, _unitOfWork.Saves);
    }

    [Fact]
    public async Task Events_raised_by_a_handler_are_dispatched_before_the_same_commit()
    {
        // A handler that completes the parent of whatever completed: the chain climbs to the root, one round per level.
        await RunAsync(n =>
        {
            var completed = ((GoalCompletedNotification)n).Completed;
            _log.Add($"handled {completed.GoalId.Value}");
            var index = _chain.FindIndex(g => g.Id == completed.GoalId);
            if (index > 0) _chain[index - 1].SetCompleted(true, Later);
            return ValueTask.CompletedTask;
        }, () =>
        {
            Goal.SetCompleted(true, Later);
            return "done";
        });

        Assert.Equal([.. Enumerable.Reverse(_chain).Select(g => $"handled {g.Id.Value}"), "save"], _log);
        Assert.All(_chain, g => Assert.True(g.Completed));
    }

    [Fact]
    public async Task Events_are_cleared_once_dispatched_so_each_is_handled_once()
    {
        var handled = 0;

        await RunAsync(_ =>
        {
            handled++;
            return ValueTask.CompletedTask;
        }, () =>
        {
            Goal.SetCompleted(true, Later);
            return "done";
        });

        Assert.Equal(1, handled);
        Assert.Empty(Goal.DomainEvents);
        Assert.Empty(_unitOfWork.TakeDomainEvents());
    }

    [Fact]
    public async Task Handlers_that_keep_raising_events_are_stopped_at_the_bound_and_nothing_is_saved()
    {
        var rounds = 0;

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync(_ =>
        {
            // Toggling raises a new GoalCompleted every round: a loop no real handler pair should build.
            rounds++;
            Goal.SetCompleted(false, Later);
            Goal.SetCompleted(true, Later);
            return ValueTask.CompletedTask;
        }, () =>
        {
            Goal.SetCompleted(true, Later);
            return "done";
        }));

        Assert.Contains(nameof(GoalCompleted), failure.Message, StringComparison.Ordinal);
        Assert.Equal(DomainEventDispatcher.MaxRounds, rounds);
        Assert.Equal(0, _unitOfWork.Saves);
    }

    [Fact]
    public async Task A_not_found_answer_neither_dispatches_nor_saves()
    {
        var handled = 0;

        var answer = await RunAsync(_ =>
        {
            handled++;
            return ValueTask.CompletedTask;
        }, () =>
        {
            Goal.SetCompleted(true, Later);
            return Result<string>.NotFound("Goal not found");
        });

        Assert.Equal(ResultStatus.NotFound, answer.Status);
        Assert.Equal(0, handled);
        Assert.Equal(0, _unitOfWork.Saves);
    }

    [Fact]
    public async Task A_command_that_raises_nothing_publishes_nothing_and_saves_once()
    {
        var handled = 0;

        await RunAsync(_ =>
        {
            handled++;
            return ValueTask.CompletedTask;
        }, () => "done");

        Assert.Equal(0, handled);
        Assert.Equal(["save"], _log);
    }
}
