using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using static FractalGoals.UnitTests.Domain.Goals.GoalFixtures;

namespace FractalGoals.UnitTests.Domain.Goals;

/// <summary>Soft delete and restore of goal subtrees (domain-rules §6.2, §15.16–17).</summary>
public sealed class GoalTreeTests
{
    private static readonly DateTime Later = Now.AddMinutes(5);
    private static readonly DateTime EvenLater = Now.AddMinutes(9);

    /// <summary>
    /// root ─ longTerm ─ midTerm ─ shortTerm ─ session ─ immediate
    ///      │                              └ sibling (ShortTerm)
    ///      └ otherLongTerm
    /// plus a parentless session with an immediate goal of its own.
    /// </summary>
    private sealed class Sample
    {
        public Sample()
        {
            Root = Fractal();
            LongTerm = Root.AddChild("lt", "", GoalType.LongTermGoal, null, Now);
            OtherLongTerm = Root.AddChild("lt2", "", GoalType.LongTermGoal, null, Now);
            MidTerm = LongTerm.AddChild("mt", "", GoalType.MidTermGoal, null, Now);
            ShortTerm = MidTerm.AddChild("st", "", GoalType.ShortTermGoal, null, Now);
            Sibling = MidTerm.AddChild("st2", "", GoalType.ShortTermGoal, null, Now);
            Session = ShortTerm.AddSession(new SessionDetails("s"), Now);
            Immediate = Session.AddChild("i", "", GoalType.ImmediateGoal, null, Now);
            Parentless = Goal.StartParentlessSession(Root, new SessionDetails("p"), Now);
            ParentlessImmediate = Parentless.AddChild("pi", "", GoalType.ImmediateGoal, null, Now);
        }

        public Goal Root { get; }

        public Goal LongTerm { get; }

        public Goal OtherLongTerm { get; }

        public Goal MidTerm { get; }

        public Goal ShortTerm { get; }

        public Goal Sibling { get; }

        public Goal Session { get; }

        public Goal Immediate { get; }

        public Goal Parentless { get; }

        public Goal ParentlessImmediate { get; }

        public IReadOnlyList<Goal> All => [Root, LongTerm, OtherLongTerm, MidTerm, ShortTerm, Sibling, Session, Immediate, Parentless, ParentlessImmediate];

        // A fresh tree each time, as a handler would load it.
        public GoalTree Tree() => new(Root, All);

        public HashSet<GoalId> Deleted() => All.Where(g => g.IsDeleted).Select(g => g.Id).ToHashSet();
    }

    [Fact]
    public void Deleting_a_goal_stamps_it_and_every_live_descendant_with_one_instant()
    {
        var s = new Sample();

        var deletion = s.Tree().Delete(s.MidTerm.Id, Later);

        Goal[] hidden = [s.MidTerm, s.ShortTerm, s.Sibling, s.Session, s.Immediate];
        Assert.All(hidden, g => Assert.Equal(Later, g.DeletedAt));
        Assert.Equal(hidden.Select(g => g.Id).ToHashSet(), s.Deleted());
        Assert.Equal(hidden.Select(g => g.Id).ToHashSet(), deletion.DeletedGoals);
        Assert.Equal(Later, deletion.At);
        Assert.Equal(s.MidTerm.Id, deletion.TargetId);
        Assert.Equal(s.Root.Id, deletion.RootId);
        Assert.False(deletion.IsFractalDeletion);
        Assert.True(deletion.Hides(s.Session.Id));
        Assert.False(deletion.Hides(s.LongTerm.Id));
    }

    [Fact]
    public void Deleting_does_not_touch_updated()
    {
        var s = new Sample();

        s.Tree().Delete(s.Root.Id, Later);

        Assert.All(s.All, g => Assert.Equal(Now, g.UpdatedAt));
    }

    [Fact]
    public void Deleting_the_root_hides_every_goal_of_the_fractal_including_parentless_sessions()
    {
        var s = new Sample();

        var deletion = s.Tree().Delete(s.Root.Id, Later);

        Assert.All(s.All, g => Assert.Equal(Later, g.DeletedAt));
        Assert.True(deletion.IsFractalDeletion);
        Assert.Equal(s.All.Select(g => g.Id).ToHashSet(), deletion.DeletedGoals);
    }

    [Fact]
    public void A_session_linked_to_a_deleted_goal_but_parented_elsewhere_stays_live()
    {
        var s = new Sample();
        s.Session.LinkToGoal(s.Sibling);
        var linkedOnly = s.Sibling.AddSession(new SessionDetails("x"), Now);
        linkedOnly.LinkToGoal(s.ShortTerm);
        var tree = new GoalTree(s.Root, [.. s.All, linkedOnly]);

        tree.Delete(s.ShortTerm.Id, Later);

        Assert.False(linkedOnly.IsDeleted);
        Assert.False(s.Sibling.IsDeleted);
        Assert.True(s.Session.IsDeleted);
    }

    [Fact]
    public void Restoring_brings_back_exactly_what_the_delete_took()
    {
        var s = new Sample();
        var tree = s.Tree();
        tree.Delete(s.Immediate.Id, Now);          // deleted on its own first
        var deletion = tree.Delete(s.LongTerm.Id, Later);

        var restoration = s.Tree().Restore(s.LongTerm.Id);

        Assert.Equal([s.Immediate.Id], s.Deleted());
        Assert.Equal(Now, s.Immediate.DeletedAt);
        Assert.Equal(deletion.DeletedGoals, restoration.RestoredGoals);
        Assert.DoesNotContain(s.Immediate.Id, restoration.RestoredGoals);
        Assert.Equal(Later, restoration.Stamp);
        Assert.Equal(s.LongTerm.Id, restoration.TargetId);
        Assert.False(restoration.IsFractalRestoration);
        Assert.True(restoration.Restores(s.Session.Id));
    }

    [Fact]
    public void Restoring_the_root_keeps_a_parentless_session_deleted_earlier_on_its_own()
    {
        var s = new Sample();
        s.Tree().Delete(s.Parentless.Id, Now);
        s.Tree().Delete(s.Root.Id, Later);

        var restoration = s.Tree().Restore(s.Root.Id);

        Assert.True(restoration.IsFractalRestoration);
        Assert.Equal(new HashSet<GoalId> { s.Parentless.Id, s.ParentlessImmediate.Id }, s.Deleted());
        Assert.Equal(Now, s.Parentless.DeletedAt);
    }

    [Fact]
    public void Restoring_a_child_whose_parent_is_deleted_is_rejected()
    {
        var s = new Sample();
        s.Tree().Delete(s.Session.Id, Now);
        s.Tree().Delete(s.MidTerm.Id, Later);
        var before = s.Deleted();

        var error = Violation(() => s.Tree().Restore(s.Session.Id));

        Assert.Equal(GoalRules.ParentDeleted, error.Code);
        Assert.Equal(before, s.Deleted());
    }

    [Fact]
    public void Restoring_a_goal_deleted_together_with_its_parent_is_rejected()
    {
        var s = new Sample();
        s.Tree().Delete(s.MidTerm.Id, Later);

        Assert.Equal(GoalRules.ParentDeleted, CodeOf(() => s.Tree().Restore(s.ShortTerm.Id)));
    }

    [Fact]
    public void Restoring_a_parentless_session_of_a_deleted_fractal_is_rejected()
    {
        var s = new Sample();
        s.Tree().Delete(s.Parentless.Id, Now);
        s.Tree().Delete(s.Root.Id, Later);

        Assert.Equal(GoalRules.ParentDeleted, CodeOf(() => s.Tree().Restore(s.Parentless.Id)));
        Assert.True(s.Parentless.IsDeleted);
    }

    [Fact]
    public void A_child_deleted_on_its_own_can_be_restored_once_its_parent_is_back()
    {
        var s = new Sample();
        s.Tree().Delete(s.Session.Id, Now);
        s.Tree().Delete(s.MidTerm.Id, Later);
        s.Tree().Restore(s.MidTerm.Id);

        s.Tree().Restore(s.Session.Id);

        Assert.Empty(s.Deleted());
    }

    [Fact]
    public void Two_deletes_at_the_same_instant_get_distinct_stamps_and_restore_undoes_only_one()
    {
        var s = new Sample();
        var tree = s.Tree();

        var first = tree.Delete(s.Sibling.Id, Later);
        var second = tree.Delete(s.Session.Id, Later);
        s.Tree().Restore(s.Session.Id);

        Assert.NotEqual(first.At, second.At);
        Assert.Equal([s.Sibling.Id], s.Deleted());
        Assert.Equal(first.At, s.Sibling.DeletedAt);
    }

    [Fact]
    public void Deletes_within_the_same_microsecond_get_distinct_stamps_too()
    {
        var s = new Sample();

        var first = s.Tree().Delete(s.Sibling.Id, Later);
        var second = s.Tree().Delete(s.Immediate.Id, Later.AddTicks(3));
        var third = s.Tree().Delete(s.OtherLongTerm.Id, Later.AddTicks(9));

        Assert.Equal(3, new[] { first.At, second.At, third.At }.Distinct().Count());
        s.Tree().Restore(s.Immediate.Id);
        Assert.Equal(new HashSet<GoalId> { s.OtherLongTerm.Id, s.Sibling.Id }, s.Deleted());
    }

    [Fact]
    public void Delete_stamps_are_normalised_and_utc_is_rejected()
    {
        var s = new Sample();

        Assert.Equal("time.not_local", CodeOf(() => s.Tree().Delete(s.Sibling.Id, DateTime.SpecifyKind(Later, DateTimeKind.Utc))));
        var deletion = s.Tree().Delete(s.Sibling.Id, Later.AddTicks(7));

        Assert.Equal(Later, deletion.At);
        Assert.Equal(Later, s.Sibling.DeletedAt);
    }

    [Fact]
    public void Deleting_a_deleted_goal_or_restoring_a_live_one_is_rejected()
    {
        var s = new Sample();
        var tree = s.Tree();
        tree.Delete(s.Session.Id, Later);

        Assert.Equal(GoalRules.AlreadyDeleted, CodeOf(() => tree.Delete(s.Session.Id, EvenLater)));
        Assert.Equal(GoalRules.AlreadyDeleted, CodeOf(() => tree.Delete(s.Immediate.Id, EvenLater)));
        Assert.Equal(GoalRules.NotDeleted, CodeOf(() => tree.Restore(s.ShortTerm.Id)));
        Assert.Equal(Later, s.Session.DeletedAt);
    }

    [Fact]
    public void A_goal_outside_the_tree_is_not_found()
    {
        var s = new Sample();

        Assert.Equal(GoalRules.NotInTree, CodeOf(() => s.Tree().Delete(GoalId.New(), Later)));
        Assert.Equal(GoalRules.NotInTree, CodeOf(() => s.Tree().Restore(GoalId.New())));
    }

    [Fact]
    public void A_tree_rejects_members_of_another_fractal()
    {
        var s = new Sample();
        var foreign = GoalOfType(GoalType.LongTermGoal);

        Assert.Equal(GoalRules.CrossFractal, CodeOf(() => _ = new GoalTree(s.Root, [.. s.All, foreign])));
        Assert.Equal(GoalRules.CrossFractal, CodeOf(() => _ = new GoalTree(s.Root, [foreign.AddChild("x", "", GoalType.MidTermGoal, null, Now)])));
    }

    [Fact]
    public void A_tree_needs_a_fractal_root()
    {
        var s = new Sample();

        Assert.Equal(GoalRules.NotAFractalRoot, CodeOf(() => _ = new GoalTree(s.LongTerm, [])));
        Assert.Equal(GoalRules.NotAFractalRoot, CodeOf(() => _ = new GoalTree(s.Parentless, [])));
    }

    [Fact]
    public void The_tree_lists_the_root_once_even_when_members_repeat_it()
    {
        var s = new Sample();

        var tree = new GoalTree(s.Root, [s.Root, .. s.All]);

        Assert.Same(s.Root, tree.Root);
        Assert.Equal(s.All.Count, tree.Goals.Count);
        Assert.Same(s.Session, tree.Find(s.Session.Id));
    }

    [Fact]
    public void A_deleted_goal_accepts_no_change()
    {
        var s = new Sample();
        s.Tree().Delete(s.ShortTerm.Id, Later);
        var goal = s.ShortTerm;
        var session = s.Session;
        Action[] changes =
        [
            () => goal.Rename("new", EvenLater),
            () => goal.Describe("new", EvenLater),
            () => goal.SetDeadline(new DateOnly(2026, 5, 1), EvenLater),
            () => goal.SetTargets(JsonText.Parse("[{\"id\":\"t\"}]", "targets"), EvenLater),
            () => goal.SetCompleted(true, EvenLater),
            () => session.RecordSessionData(JsonText.Parse("{}", "session_data"), EvenLater),
            () => session.PlanDuration(5, EvenLater),
            () => session.SetTotalDurationSeconds(5, EvenLater),
            () => session.SetSessionTimes(Now, Later, EvenLater),
            () => session.SetTemplateId("tpl", EvenLater),
            () => session.LinkToGoal(s.Sibling),
            () => session.SetCompleted(false, EvenLater),
        ];

        Assert.All(changes, change => Assert.Equal(GoalRules.Deleted, CodeOf(change)));
        Assert.Equal("st", goal.Name);
        Assert.Empty(goal.DomainEvents);
        Assert.Null(session.SessionJson);
        Assert.Empty(session.GoalLinks);
        Assert.All(s.All, g => Assert.Equal(Now, g.UpdatedAt));
    }

    [Fact]
    public void A_deleted_goal_accepts_no_children()
    {
        var s = new Sample();
        s.Tree().Delete(s.Root.Id, Later);

        Assert.Equal(GoalRules.Deleted, CodeOf(() => s.Root.AddChild("x", "", GoalType.LongTermGoal, null, EvenLater)));
        Assert.Equal(GoalRules.Deleted, CodeOf(() => s.MidTerm.AddChild("x", "", GoalType.ShortTermGoal, null, EvenLater)));
        Assert.Equal(GoalRules.Deleted, CodeOf(() => s.ShortTerm.AddSession(new SessionDetails("x"), EvenLater)));
        Assert.Equal(GoalRules.Deleted, CodeOf(() => s.Session.AddChild("x", "", GoalType.ImmediateGoal, null, EvenLater)));
        Assert.Equal(GoalRules.Deleted, CodeOf(() => Goal.StartParentlessSession(s.Root, new SessionDetails("x"), EvenLater)));
    }

    [Fact]
    public void A_live_session_cannot_be_linked_to_a_deleted_goal()
    {
        var s = new Sample();
        s.Tree().Delete(s.Sibling.Id, Later);

        Assert.Equal(GoalRules.Deleted, CodeOf(() => s.Session.LinkToGoal(s.Sibling)));
        Assert.Empty(s.Session.GoalLinks);
    }

    [Fact]
    public void A_restored_goal_accepts_changes_again()
    {
        var s = new Sample();
        s.Tree().Delete(s.ShortTerm.Id, Later);
        s.Tree().Restore(s.ShortTerm.Id);

        s.ShortTerm.Rename("back", EvenLater);
        var session = s.ShortTerm.AddSession(new SessionDetails("again"), EvenLater);

        Assert.Equal("back", s.ShortTerm.Name);
        Assert.Equal(s.Root.Id, session.RootId);
    }
}
