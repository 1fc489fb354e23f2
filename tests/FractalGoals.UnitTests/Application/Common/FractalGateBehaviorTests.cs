using Ardalis.Specification;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Domain.Goals;
using Mediator;
using NSubstitute;

namespace FractalGoals.UnitTests.Application.Common;

public sealed class FractalGateBehaviorTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 9, 0, 0);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Rename(string RootId) : IFractalRequest, ICommand<string>;

    private sealed record Show(string RootId) : IFractalRequest, IQuery<string>;

    private sealed record ListAll(string RootId) : IFoldedFractalRead, IQuery<string>;

    private readonly IReadRepository<Goal> _goals = Substitute.For<IReadRepository<Goal>>();
    private readonly Goal _root = Goal.CreateFractal("Fitness", null, GoalType.UltimateGoal, Now);

    [Fact]
    public async Task A_command_enters_with_the_root_tracked_before_its_handler_runs()
    {
        ISpecification<Goal>? asked = null;
        _goals.FirstOrDefaultAsync(Arg.Do<ISpecification<Goal>>(s => asked = s), Arg.Any<CancellationToken>()).Returns(_root);
        var scope = new FractalScope(_goals, Substitute.For<IUnitOfWork>());
        Goal? seenByHandler = null;

        var answer = await new FractalGateBehavior<Rename, string>(scope).Handle(new Rename(_root.Id.Value), (_, _) =>
        {
            seenByHandler = scope.Root;
            return ValueTask.FromResult("done");
        }, Ct);

        Assert.Equal("done", answer);
        Assert.Same(_root, seenByHandler);
        Assert.True(asked!.AsTracking);
    }

    [Fact]
    public async Task A_query_enters_with_the_root_untracked()
    {
        ISpecification<Goal>? asked = null;
        _goals.FirstOrDefaultAsync(Arg.Do<ISpecification<Goal>>(s => asked = s), Arg.Any<CancellationToken>()).Returns(_root);

        await new FractalGateBehavior<Show, string>(new FractalScope(_goals, Substitute.For<IUnitOfWork>())).Handle(new Show(_root.Id.Value), (_, _) => ValueTask.FromResult("ok"), Ct);

        Assert.False(asked!.AsTracking);
    }

    [Fact]
    public async Task A_folded_read_reaches_its_handler_without_a_lookup()
    {
        var scope = new FractalScope(_goals, Substitute.For<IUnitOfWork>());

        var answer = await new FractalGateBehavior<ListAll, string>(scope).Handle(new ListAll("any-fractal"), (_, _) => ValueTask.FromResult(scope.RootId.Value), Ct);

        Assert.Equal("any-fractal", answer);
        await _goals.DidNotReceiveWithAnyArgs().FirstOrDefaultAsync(default!, Ct);
    }

    [Fact]
    public async Task An_unknown_fractal_never_reaches_the_handler()
    {
        var reached = false;

        await Assert.ThrowsAsync<FractalNotFoundException>(async () =>
            await new FractalGateBehavior<Rename, string>(new FractalScope(_goals, Substitute.For<IUnitOfWork>())).Handle(new Rename("missing"), (_, _) =>
            {
                reached = true;
                return ValueTask.FromResult("done");
            }, Ct));

        Assert.False(reached);
    }
}
