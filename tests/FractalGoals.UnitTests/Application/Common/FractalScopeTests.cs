using Ardalis.Specification;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Domain.Goals;
using NSubstitute;

namespace FractalGoals.UnitTests.Application.Common;

public sealed class FractalScopeTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 9, 0, 0);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly IReadRepository<Goal> _goals = Substitute.For<IReadRepository<Goal>>();
    private readonly IUnitOfWork _writes = Substitute.For<IUnitOfWork>();
    private readonly Goal _root = Goal.CreateFractal("Fitness", null, GoalType.UltimateGoal, Now);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" padded ")]
    [InlineData("nul\0inside")]
    public async Task Text_that_can_never_be_an_id_is_not_found_without_asking_the_store(string? text)
    {
        var scope = new FractalScope(_goals, _writes);

        await Assert.ThrowsAsync<FractalNotFoundException>(async () => await scope.EnterAsync(text, lookUp: true, forUpdate: false, Ct));

        await _goals.DidNotReceiveWithAnyArgs().FirstOrDefaultAsync(default!, Ct);
    }

    [Fact]
    public async Task A_fractal_the_store_does_not_give_is_not_found()
    {
        var scope = new FractalScope(_goals, _writes);

        var refused = await Assert.ThrowsAsync<FractalNotFoundException>(async () => await scope.EnterAsync("missing", lookUp: true, forUpdate: false, Ct));

        Assert.Equal("Fractal not found", refused.Message);
        Assert.Throws<InvalidOperationException>(() => scope.RootId);
    }

    [Fact]
    public async Task A_command_queues_behind_the_fractal_s_other_writers_before_it_reads_the_root()
    {
        var order = new List<string>();
        _writes.LockFractalAsync(Arg.Any<string>(), Arg.Any<CancellationToken>()).Returns(Task.CompletedTask).AndDoes(c => order.Add("lock " + c.Arg<string>()));
        _goals.FirstOrDefaultAsync(Arg.Any<ISpecification<Goal>>(), Arg.Any<CancellationToken>()).Returns(_root).AndDoes(_ => order.Add("read"));

        await new FractalScope(_goals, _writes).EnterAsync(_root.Id.Value, lookUp: true, forUpdate: true, Ct);

        Assert.Equal(["lock " + _root.Id.Value, "read"], order);
    }

    [Fact]
    public async Task A_read_takes_no_lock()
    {
        _goals.FirstOrDefaultAsync(Arg.Any<ISpecification<Goal>>(), Arg.Any<CancellationToken>()).Returns(_root);

        await new FractalScope(_goals, _writes).EnterAsync(_root.Id.Value, lookUp: true, forUpdate: false, Ct);

        await _writes.DidNotReceiveWithAnyArgs().LockFractalAsync(default!, Ct);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_entered_fractal_exposes_its_root_looked_up_with_the_one_accessible_fractal_condition(bool forUpdate)
    {
        ISpecification<Goal>? asked = null;
        _goals.FirstOrDefaultAsync(Arg.Do<ISpecification<Goal>>(s => asked = s), Arg.Any<CancellationToken>()).Returns(_root);
        var scope = new FractalScope(_goals, _writes);

        await scope.EnterAsync(_root.Id.Value, lookUp: true, forUpdate, Ct);

        Assert.Same(_root, scope.Root);
        Assert.Equal(_root.Id, scope.RootId);
        var condition = Assert.IsType<AccessibleFractalSpec>(asked);
        Assert.Equal(forUpdate, condition.AsTracking);
        Assert.True(condition.IsSatisfiedBy(_root));
    }

    [Fact]
    public void The_accessible_fractal_condition_refuses_a_child_goal_and_a_session()
    {
        var child = _root.AddChild("Strength", null, GoalType.LongTermGoal, null, Now);
        var session = Goal.StartParentlessSession(_root, new SessionDetails("Morning"), Now);

        Assert.False(new AccessibleFractalSpec(child.Id).IsSatisfiedBy(child));
        Assert.False(new AccessibleFractalSpec(session.Id).IsSatisfiedBy(session));
        Assert.False(new AccessibleFractalSpec(_root.Id).IsSatisfiedBy(child));
    }

    [Fact]
    public async Task A_fractal_is_entered_once_per_scope()
    {
        _goals.FirstOrDefaultAsync(Arg.Any<ISpecification<Goal>>(), Arg.Any<CancellationToken>()).Returns(_root);
        var scope = new FractalScope(_goals, _writes);
        await scope.EnterAsync(_root.Id.Value, lookUp: true, forUpdate: false, Ct);

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await scope.EnterAsync(_root.Id.Value, lookUp: true, forUpdate: false, Ct));
    }

    [Fact]
    public async Task A_folded_read_asks_the_store_nothing_on_entry_and_carries_the_condition_into_its_list()
    {
        var rows = Substitute.For<IReadRepository<Goal>>();
        ISpecification<Goal>? condition = null;
        rows.ListInFractalAsync(Arg.Do<ISpecification<Goal>>(s => condition = s), Arg.Any<ISpecification<Goal>>(), Arg.Any<CancellationToken>())
            .Returns([_root]);
        var scope = new FractalScope(_goals, _writes);

        await scope.EnterAsync(_root.Id.Value, lookUp: false, forUpdate: false, Ct);
        var list = await scope.ListAsync(rows, new FractalGoalsSpec(_root.Id), Ct);

        await _goals.DidNotReceiveWithAnyArgs().FirstOrDefaultAsync(default!, Ct);
        Assert.Equal([_root], list);
        Assert.True(Assert.IsType<AccessibleFractalSpec>(condition).IsSatisfiedBy(_root));
        Assert.Throws<InvalidOperationException>(() => scope.Root);   // not loaded: the handler reads through the scope
    }

    [Fact]
    public async Task A_folded_list_of_a_fractal_that_is_not_there_is_not_found()
    {
        var rows = Substitute.For<IReadRepository<Goal>>();
        rows.ListInFractalAsync(Arg.Any<ISpecification<Goal>>(), Arg.Any<ISpecification<Goal>>(), Arg.Any<CancellationToken>()).Returns((List<Goal>?)null);
        var scope = new FractalScope(_goals, _writes);
        await scope.EnterAsync("gone", lookUp: false, forUpdate: false, Ct);

        await Assert.ThrowsAsync<FractalNotFoundException>(() => scope.ListAsync(rows, new FractalGoalsSpec(new GoalId("gone")), Ct));
    }

    [Fact]
    public async Task A_whole_fractal_read_finds_the_root_among_the_goals_it_read_and_refuses_when_it_is_not_there()
    {
        var child = _root.AddChild("Strength", null, GoalType.LongTermGoal, null, Now);
        _goals.ListAsync(Arg.Any<ISpecification<Goal>>(), Arg.Any<CancellationToken>()).Returns([child, _root], [child]);
        var found = new FractalScope(_goals, _writes);
        var missing = new FractalScope(_goals, _writes);
        await found.EnterAsync(_root.Id.Value, lookUp: false, forUpdate: false, Ct);
        await missing.EnterAsync(_root.Id.Value, lookUp: false, forUpdate: false, Ct);

        var fractal = await found.ReadLiveGoalsAsync(Ct);

        Assert.Same(_root, fractal.Root);
        Assert.Equal([child, _root], fractal.Goals);
        Assert.Same(_root, found.Root);
        await Assert.ThrowsAsync<FractalNotFoundException>(() => missing.ReadLiveGoalsAsync(Ct));
    }
}
