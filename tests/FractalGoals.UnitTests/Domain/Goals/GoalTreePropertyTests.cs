using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using FsCheck;
using FsCheck.Fluent;

namespace FractalGoals.UnitTests.Domain.Goals;

/// <summary>
/// Random histories of one fractal — creating, linking, deleting and restoring — with a clock that often does not
/// move between steps. After every step the tree invariants of domain-rules §5, §6.2 and §15 must hold.
/// </summary>
public sealed class GoalTreePropertyTests
{
    private static readonly DateTime Start = new(2026, 1, 2, 9, 0, 0, DateTimeKind.Unspecified);

    private enum Step { AddChild, AddSession, StartParentlessSession, Link, Delete, Restore, DeleteThenRestore, ChangeDeleted }

    /// <summary>One operation: which kind, two numbers that pick its targets among the candidates, how far the clock moves first.</summary>
    private sealed record Op(Step Step, int Pick, int OtherPick, long AdvanceTicks);

    private sealed record Scenario(GoalType RootType, List<Op> Ops)
    {
        public override string ToString() => $"{RootType}: {string.Join(", ", Ops)}";
    }

    // 0 and sub-microsecond advances make equal clock readings (after normalisation) common.
    private static readonly Gen<Op> OpGen =
        from step in Gen.Frequency(
            (4, Gen.Constant(Step.AddChild)),
            (3, Gen.Constant(Step.AddSession)),
            (1, Gen.Constant(Step.StartParentlessSession)),
            (2, Gen.Constant(Step.Link)),
            (3, Gen.Constant(Step.Delete)),
            (3, Gen.Constant(Step.Restore)),
            (2, Gen.Constant(Step.DeleteThenRestore)),
            (1, Gen.Constant(Step.ChangeDeleted)))
        from pick in Gen.Choose(0, 9_999)
        from otherPick in Gen.Choose(0, 9_999)
        from advance in Gen.Elements(0L, 0L, 0L, 1L, 3L, 9L, 10L, 10_000L, 10_000_000L)
        select new Op(step, pick, otherPick, advance);

    private static readonly Gen<Scenario> ScenarioGen =
        from rootType in Gen.Elements(GoalType.UltimateGoal, GoalType.LongTermGoal, GoalType.MidTermGoal, GoalType.ShortTermGoal)
        from ops in Gen.ListOf(OpGen)
        select new Scenario(rootType, ops.ToList());

    // Shrinks by dropping one operation at a time, so a failure is reported as a short history.
    private static IEnumerable<Scenario> Shrink(Scenario scenario) =>
        Enumerable.Range(0, scenario.Ops.Count).Select(i => scenario with { Ops = scenario.Ops.Where((_, j) => j != i).ToList() });

    [Fact]
    public void Random_histories_keep_root_ids_and_liveness_consistent_and_delete_then_restore_is_a_no_op()
    {
        var property = Prop.ForAll(Arb.From(ScenarioGen, Shrink), Run);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), property);
    }

    private static void Run(Scenario scenario)
    {
        var history = new History(scenario.RootType);
        foreach (var op in scenario.Ops)
        {
            history.Apply(op);
            history.AssertInvariants();
        }
    }

    private sealed class History(GoalType rootType)
    {
        private readonly List<Goal> _goals = [Goal.CreateFractal("root", "", rootType, Start)];
        private DateTime _now = Start;

        private Goal Root => _goals[0];

        private IEnumerable<Goal> Live => _goals.Where(g => !g.IsDeleted);

        private IEnumerable<Goal> Deleted => _goals.Where(g => g.IsDeleted);

        public void Apply(Op op)
        {
            _now = _now.AddTicks(op.AdvanceTicks);
            switch (op.Step)
            {
                case Step.AddChild: AddChild(op); break;
                case Step.AddSession: AddSession(op); break;
                case Step.StartParentlessSession: StartParentlessSession(); break;
                case Step.Link: Link(op); break;
                case Step.Delete: Delete(op); break;
                case Step.Restore: Restore(op); break;
                case Step.DeleteThenRestore: DeleteThenRestore(op); break;
                case Step.ChangeDeleted: ChangeDeleted(op); break;
                default: throw new ArgumentOutOfRangeException(nameof(op), op, null);
            }
        }

        private void AddChild(Op op)
        {
            if (Pick(Live, op.Pick) is not { } parent) return;
            var wrongType = (GoalType)(op.OtherPick % 8 + 1);
            if (wrongType != GoalTypes.NextLevel(parent.Type))
                Assert.Contains(Code(() => parent.AddChild("wrong", "", wrongType, null, _now)), new[] { GoalRules.NotNextLevel, GoalRules.SessionNotAGoal });
            switch (GoalTypes.NextLevel(parent.Type))
            {
                case null:
                    Assert.Equal(GoalRules.NotNextLevel, Code(() => parent.AddChild("x", "", GoalType.NanoGoal, null, _now)));
                    break;
                case GoalType.PracticeSession:
                    _goals.Add(parent.AddSession(new SessionDetails("s"), _now));
                    break;
                case { } next:
                    _goals.Add(parent.AddChild("g", "", next, null, _now));
                    break;
            }
        }

        private void AddSession(Op op)
        {
            if (Pick(Live.Where(g => g.Type == GoalType.ShortTermGoal), op.Pick) is { } shortTerm)
                _goals.Add(shortTerm.AddSession(new SessionDetails("s"), _now));
        }

        private void StartParentlessSession()
        {
            if (Root.IsDeleted)
                Assert.Equal(GoalRules.Deleted, Code(() => Goal.StartParentlessSession(Root, new SessionDetails("p"), _now)));
            else
                _goals.Add(Goal.StartParentlessSession(Root, new SessionDetails("p"), _now));
        }

        private void Link(Op op)
        {
            if (Pick(Live.Where(g => g.IsSession), op.Pick) is not { } session) return;
            if (Pick(Live.Where(g => g.Type == GoalType.ShortTermGoal), op.OtherPick) is not { } shortTerm) return;
            var before = session.GoalLinks.Select(l => l.ShortTermGoalId).ToList();
            session.LinkToGoal(shortTerm);
            var expected = before.Contains(shortTerm.Id) ? before : [.. before, shortTerm.Id];
            Assert.Equal(expected, session.GoalLinks.Select(l => l.ShortTermGoalId));
        }

        private void Delete(Op op)
        {
            if (Pick(Live, op.Pick) is not { } target) return;
            var earlierStamps = Deleted.Select(g => g.DeletedAt!.Value).ToHashSet();
            var wasLive = Live.Select(g => g.Id).ToHashSet();

            var deletion = Tree().Delete(target.Id, _now);

            var newlyDeleted = _goals.Where(g => g.IsDeleted && wasLive.Contains(g.Id)).ToList();
            Assert.Equal(newlyDeleted.Select(g => g.Id).ToHashSet(), deletion.DeletedGoals.ToHashSet());
            Assert.All(newlyDeleted, g => Assert.Equal(deletion.At, g.DeletedAt));
            Assert.DoesNotContain(deletion.At, earlierStamps);
            Assert.Equal(target == Root, deletion.IsFractalDeletion);
        }

        private void Restore(Op op)
        {
            if (Pick(Deleted, op.Pick) is not { } target) return;
            var owner = target.ParentId is { } parentId ? _goals.Single(g => g.Id == parentId) : target == Root ? null : Root;
            var before = Snapshot();
            if (owner is { IsDeleted: true })
            {
                Assert.Equal(GoalRules.ParentDeleted, Code(() => Tree().Restore(target.Id)));
                Assert.Equal(before, Snapshot());
                return;
            }
            var stamp = target.DeletedAt!.Value;

            var restoration = Tree().Restore(target.Id);

            Assert.False(target.IsDeleted);
            Assert.Equal(stamp, restoration.Stamp);
            var revealed = before.Keys.Where(id => !Snapshot().ContainsKey(id)).ToHashSet();
            Assert.Equal(revealed, restoration.RestoredGoals.ToHashSet());
            Assert.All(revealed, id => Assert.Equal(stamp, before[id]));
        }

        private void DeleteThenRestore(Op op)
        {
            if (Pick(Live, op.Pick) is not { } target) return;
            var before = Snapshot();

            var deletion = Tree().Delete(target.Id, _now);
            var restoration = Tree().Restore(target.Id);

            Assert.Equal(before, Snapshot());
            Assert.Equal(deletion.DeletedGoals.ToHashSet(), restoration.RestoredGoals.ToHashSet());
        }

        private void ChangeDeleted(Op op)
        {
            if (Pick(Deleted, op.Pick) is not { } goal) return;
            var name = goal.Name;
            Assert.Equal(GoalRules.Deleted, Code(() => goal.Rename(name + "!", _now)));
            Assert.Equal(GoalRules.Deleted, Code(() => goal.SetCompleted(!goal.Completed, _now)));
            if (GoalTypes.NextLevel(goal.Type) is { } next && next != GoalType.PracticeSession)
                Assert.Equal(GoalRules.Deleted, Code(() => goal.AddChild("x", "", next, null, _now)));
            if (goal.Type == GoalType.ShortTermGoal)
                Assert.Equal(GoalRules.Deleted, Code(() => goal.AddSession(new SessionDetails("x"), _now)));
            Assert.Equal(name, goal.Name);
        }

        public void AssertInvariants()
        {
            var byId = _goals.ToDictionary(g => g.Id);
            foreach (var goal in _goals)
            {
                var ancestors = Ancestors(goal, byId);
                var top = ancestors.Count > 0 ? ancestors[^1] : goal;
                var parentlessSessionChain = top.IsSession;

                // root_id: the top of the parent chain; for a chain that starts at a parentless session, the fractal.
                Assert.True(parentlessSessionChain || top == Root, $"{goal.Id} hangs under {top.Id}, not under the fractal");
                Assert.Equal(parentlessSessionChain ? Root.Id : top.Id, goal.RootId);
                Assert.Equal(goal == Root, goal.IsFractalRoot);

                // Level chain.
                if (goal.ParentId is { } parentId)
                    Assert.Equal(GoalTypes.NextLevel(byId[parentId].Type), goal.Type);

                // A live goal never has a deleted ancestor (a parentless session's owner is the fractal).
                if (!goal.IsDeleted)
                {
                    Assert.All(ancestors, a => Assert.False(a.IsDeleted, $"live {goal.Id} under deleted {a.Id}"));
                    if (parentlessSessionChain) Assert.False(Root.IsDeleted, $"live {goal.Id} in a deleted fractal");
                }

                // Links point at short-term goals of the same fractal, once each.
                var links = goal.GoalLinks.Select(l => l.ShortTermGoalId).ToList();
                Assert.Equal(links.Count, links.Distinct().Count());
                Assert.All(links, id => Assert.Equal((GoalType.ShortTermGoal, goal.RootId), (byId[id].Type, byId[id].RootId)));
            }
        }

        private static List<Goal> Ancestors(Goal goal, Dictionary<GoalId, Goal> byId)
        {
            var ancestors = new List<Goal>();
            for (var current = goal; current.ParentId is { } parentId; current = byId[parentId])
                ancestors.Add(byId[parentId]);
            return ancestors;
        }

        // Loaded afresh for each command, as a handler would.
        private GoalTree Tree() => new(Root, _goals);

        private Dictionary<GoalId, DateTime> Snapshot() => Deleted.ToDictionary(g => g.Id, g => g.DeletedAt!.Value);

        private static Goal? Pick(IEnumerable<Goal> candidates, int pick)
        {
            var list = candidates.ToList();
            return list.Count == 0 ? null : list[pick % list.Count];
        }

        private static string Code(Action act) => Assert.Throws<DomainRuleViolationException>(act).Code;
    }
}
