using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using static FractalGoals.UnitTests.Domain.Activities.ActivityTestData;

namespace FractalGoals.UnitTests.Domain.Activities;

public sealed class ActivityGroupTests
{
    private readonly Goal _fractal = Fractal();

    [Fact]
    public void Group_belongs_to_the_fractal_it_is_created_in()
    {
        var group = ActivityGroup.Create(_fractal, "  Push  ", null, sortOrder: 1, Now);

        Assert.Equal(_fractal.Id, group.RootId);
        Assert.Equal("Push", group.Name);
        Assert.Equal(string.Empty, group.Description);
        Assert.Equal(1, group.SortOrder);
        Assert.Equal(Now, group.CreatedAt);
        Assert.Equal(Now, group.UpdatedAt);
        Assert.False(group.IsDeleted);
    }

    [Fact]
    public void Group_needs_a_fractal_root_not_any_goal()
    {
        var longTerm = _fractal.AddChild("Learn songs", null, GoalType.LongTermGoal, null, Now);

        Assert.Equal(GoalRules.NotAFractalRoot, Violation(() => ActivityGroup.Create(longTerm, "Push", null, 1, Now)).Code);
    }

    [Fact]
    public void Group_of_a_deleted_fractal_is_rejected()
    {
        DeleteFractal(_fractal, Now);

        Assert.Equal(GoalRules.Deleted, Violation(() => ActivityGroup.Create(_fractal, "Push", null, 1, Now)).Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Group_without_name_is_rejected_with_Name_is_required(string? name)
    {
        var error = Violation(() => ActivityGroup.Create(_fractal, name, null, 1, Now));

        Assert.Equal(ActivityRules.GroupNameRequired, error.Code);
        Assert.Equal("Name is required", error.Message);
    }

    [Theory]
    [InlineData(new int[0], 1)]
    [InlineData(new[] { 0 }, 1)]
    [InlineData(new[] { 1, 3, 2 }, 4)]
    [InlineData(new[] { -4 }, 1)]
    public void Next_sort_order_is_the_largest_plus_one_so_the_first_group_gets_one(int[] existing, int expected)
    {
        Assert.Equal(expected, ActivityGroup.NextSortOrder(existing.Select(o => (int?)o)));
    }

    [Fact]
    public void Next_sort_order_ignores_groups_without_one()
    {
        Assert.Equal(3, ActivityGroup.NextSortOrder([null, 2, null]));
        Assert.Equal(1, ActivityGroup.NextSortOrder([null]));
    }

    [Fact]
    public void Reorder_numbers_groups_from_zero_in_the_given_order()
    {
        var (a, b, c) = (Group("A", 5), Group("B", 6), Group("C", 7));

        ActivityGroup.Reorder([c, a, b], Later);

        Assert.Equal([0, 1, 2], new[] { c, a, b }.Select(g => g.SortOrder!.Value));
        Assert.All([a, b, c], g => Assert.Equal(Later, g.UpdatedAt));
    }

    [Fact]
    public void Reorder_bumps_only_groups_whose_order_changed()
    {
        var (a, b) = (Group("A", 0), Group("B", 5));

        ActivityGroup.Reorder([a, b], Later);

        Assert.Equal(Now, a.UpdatedAt);
        Assert.Equal(Later, b.UpdatedAt);
    }

    [Fact]
    public void Reorder_of_groups_of_different_fractals_is_rejected_and_changes_nothing()
    {
        var mine = Group("A", 7);
        var theirs = ActivityGroup.Create(Fractal("Other"), "B", null, 8, Now);

        Assert.Equal(ActivityRules.CrossFractal, Violation(() => ActivityGroup.Reorder([mine, theirs], Later)).Code);
        Assert.Equal(7, mine.SortOrder);
    }

    [Fact]
    public void Reorder_with_a_deleted_group_is_rejected()
    {
        var (a, b) = (Group("A", 1), Group("B", 2));
        b.Delete([], Now);

        Assert.Equal(ActivityRules.GroupDeleted, Violation(() => ActivityGroup.Reorder([a, b], Later)).Code);
        Assert.Equal(1, a.SortOrder);
    }

    [Fact]
    public void Rename_and_describe_bump_updated_at_only_on_a_real_change()
    {
        var group = Group("Push", 1);

        group.Rename("Push", Later);
        group.Describe("", Later);
        Assert.Equal(Now, group.UpdatedAt);

        group.Describe("Pushing", Latest);
        Assert.Equal(("Push", "Pushing", Latest), (group.Name, group.Description, group.UpdatedAt));
    }

    [Fact]
    public void Delete_stamps_the_group_and_ungroups_its_members()
    {
        var group = Group("Push", 1);
        var pushUps = Activity(_fractal);
        pushUps.AssignToGroup(group, Now);

        group.Delete([pushUps], Later);

        Assert.Equal(Later, group.DeletedAt);
        Assert.Null(pushUps.GroupId);
        Assert.Equal(Later, pushUps.UpdatedAt);
        Assert.False(pushUps.IsDeleted);
    }

    [Fact]
    public void Delete_leaves_retired_members_as_they_were()
    {
        var group = Group("Push", 1);
        var retired = Activity(_fractal);
        retired.AssignToGroup(group, Now);
        retired.Delete(hasInstances: true, Now);

        group.Delete([retired], Later);

        Assert.Equal(group.Id, retired.GroupId);
    }

    [Fact]
    public void Delete_with_an_activity_of_another_group_is_rejected_and_changes_nothing()
    {
        var (group, other) = (Group("Push", 1), Group("Pull", 2));
        var member = Activity(_fractal);
        var stranger = Activity(_fractal);
        member.AssignToGroup(group, Now);
        stranger.AssignToGroup(other, Now);

        Assert.Equal(ActivityRules.NotInGroup, Violation(() => group.Delete([member, stranger], Later)).Code);
        Assert.False(group.IsDeleted);
        Assert.Equal(group.Id, member.GroupId);
    }

    [Fact]
    public void Deleted_group_accepts_no_changes()
    {
        var group = Group("Push", 1);
        group.Delete([], Now);

        Assert.Equal(ActivityRules.GroupDeleted, Violation(() => group.Rename("Pull", Later)).Code);
        Assert.Equal(ActivityRules.GroupDeleted, Violation(() => group.Describe("x", Later)).Code);
        Assert.Equal(ActivityRules.GroupDeleted, Violation(() => group.Delete([], Later)).Code);
        Assert.Equal("Group not found", Violation(() => group.Rename("Pull", Later)).Message);
        Assert.Equal("Push", group.Name);
        Assert.Equal(Now, group.DeletedAt);
    }

    [Fact]
    public void Fractal_deletion_hides_the_group_and_its_restoration_reveals_it()
    {
        var group = Group("Push", 1);
        var tree = new GoalTree(_fractal, []);

        group.HideWith(tree.Delete(_fractal.Id, Later));
        Assert.Equal(Later, group.DeletedAt);

        group.RevealWith(tree.Restore(_fractal.Id));
        Assert.False(group.IsDeleted);
    }

    [Fact]
    public void Group_deleted_on_its_own_stays_deleted_when_the_fractal_is_restored()
    {
        var group = Group("Push", 1);
        group.Delete([], Now);
        var tree = new GoalTree(_fractal, []);

        group.HideWith(tree.Delete(_fractal.Id, Later));
        Assert.Equal(Now, group.DeletedAt);
        group.RevealWith(tree.Restore(_fractal.Id));

        Assert.Equal(Now, group.DeletedAt);
    }

    [Fact]
    public void Deleting_a_goal_below_the_root_does_not_hide_groups()
    {
        var group = Group("Push", 1);
        var longTerm = _fractal.AddChild("Learn songs", null, GoalType.LongTermGoal, null, Now);
        var deletion = new GoalTree(_fractal, [longTerm]).Delete(longTerm.Id, Later);

        Assert.Equal(ActivityRules.NotAFractalDeletion, Violation(() => group.HideWith(deletion)).Code);
        Assert.False(group.IsDeleted);
    }

    [Fact]
    public void Deleting_another_fractal_cannot_hide_the_group()
    {
        var group = Group("Push", 1);
        var other = Fractal("Other");

        Assert.Equal(GoalRules.CrossFractal, Violation(() => group.HideWith(DeleteFractal(other, Later))).Code);
        Assert.False(group.IsDeleted);
    }

    private ActivityGroup Group(string name, int sortOrder) => ActivityGroup.Create(_fractal, name, null, sortOrder, Now);
}
