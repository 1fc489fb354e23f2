using FractalGoals.Application.Common.Behaviors;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Domain.Goals;
using Mediator;
using NSubstitute;

namespace FractalGoals.UnitTests.Application.Common;

/// <summary>ADR 0042: one transaction per attempt; a lost race is retried from the gate, anything else stands.</summary>
public sealed class WriteTransactionBehaviorTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 9, 0, 0);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Rename(string RootId) : IFractalRequest, ICommand<string>;

    private readonly List<string> _log = [];
    private readonly IReadRepository<Goal> _goals = Substitute.For<IReadRepository<Goal>>();
    private readonly Goal _root = Goal.CreateFractal("Fitness", null, GoalType.UltimateGoal, Now);

    public WriteTransactionBehaviorTests() =>
        _goals.FirstOrDefaultAsync(Arg.Any<Ardalis.Specification.ISpecification<Goal>>(), Arg.Any<CancellationToken>()).Returns(_root);

    private WriteTransactionBehavior<Rename, string> Behavior(FractalScope scope) => new(new TrackingUnitOfWork(_log), scope);

    [Fact]
    public async Task A_command_runs_inside_one_transaction_that_commits_after_it()
    {
        var answer = await Behavior(new FractalScope(_goals, Substitute.For<IUnitOfWork>())).Handle(new Rename("r"), (_, _) =>
        {
            _log.Add("handler");
            return ValueTask.FromResult("done");
        }, Ct);

        Assert.Equal("done", answer);
        Assert.Equal(["begin", "handler", "commit"], _log);
    }

    [Fact]
    public async Task A_lost_race_is_thrown_away_and_the_command_runs_again_from_the_gate()
    {
        var scope = new FractalScope(_goals, Substitute.For<IUnitOfWork>());
        var gate = new FractalGateBehavior<Rename, string>(scope);
        var runs = 0;

        var answer = await Behavior(scope).Handle(new Rename(_root.Id.Value), (message, ct) => gate.Handle(message, (_, _) =>
        {
            _log.Add("handler");
            if (++runs == 1) throw new ConstraintViolationException(ConstraintKind.Unique, "taken");
            return ValueTask.FromResult(scope.Root.Name);
        }, ct), Ct);

        Assert.Equal("Fitness", answer);
        Assert.Equal(["begin", "handler", "rollback", "discard", "begin", "handler", "commit"], _log);
    }

    [Fact]
    public async Task A_changed_row_is_a_lost_race_too()
    {
        var runs = 0;

        var answer = await Behavior(new FractalScope(_goals, Substitute.For<IUnitOfWork>())).Handle(new Rename("r"), (_, _) =>
            ++runs == 1 ? throw new ConcurrencyConflictException() : ValueTask.FromResult("second"), Ct);

        Assert.Equal("second", answer);
        Assert.Equal(2, runs);
    }

    [Fact]
    public async Task A_race_lost_every_time_stands_after_the_last_attempt()
    {
        var runs = 0;

        await Assert.ThrowsAsync<ConstraintViolationException>(() => Behavior(new FractalScope(_goals, Substitute.For<IUnitOfWork>())).Handle(new Rename("r"), (_, _) =>
        {
            runs++;
            throw new ConstraintViolationException(ConstraintKind.Unique, "taken");
        }, Ct).AsTask());

        Assert.Equal(WriteTransactionBehavior<Rename, string>.Attempts, runs);
        Assert.DoesNotContain("commit", _log);
    }

    [Theory]
    [InlineData(ConstraintKind.ForeignKey)]
    [InlineData(ConstraintKind.Check)]
    public async Task A_broken_reference_or_rule_is_not_retried(ConstraintKind kind)
    {
        var runs = 0;

        await Assert.ThrowsAsync<ConstraintViolationException>(() => Behavior(new FractalScope(_goals, Substitute.For<IUnitOfWork>())).Handle(new Rename("r"), (_, _) =>
        {
            runs++;
            throw new ConstraintViolationException(kind, "refused");
        }, Ct).AsTask());

        Assert.Equal(1, runs);
        Assert.Equal(["begin", "rollback"], _log);
    }
}
