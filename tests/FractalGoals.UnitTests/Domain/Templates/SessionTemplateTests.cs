using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Templates;

namespace FractalGoals.UnitTests.Domain.Templates;

public sealed class SessionTemplateTests
{
    private static readonly DateTime Now = new(2026, 1, 2, 9, 0, 0);
    private static readonly DateTime Later = Now.AddHours(1);

    private const string Layout =
        """{"sections": [{"name": "Warm Up", "duration_minutes": 10, "exercises": [{"value": "15", "x-unknown": {"n": 1}}]}],  "total_duration_minutes": 10}""";

    private readonly Goal _root = Goal.CreateFractal("Get strong", "", GoalType.UltimateGoal, Now);

    private SessionTemplate NewTemplate(string data = Layout) =>
        SessionTemplate.Create(_root, "Leg Day", "Legs", JsonText.Parse(data, "template_data"), Now);

    [Fact]
    public void Create_takes_its_fractal_from_the_root_and_stamps_both_audit_columns()
    {
        var template = NewTemplate();

        Assert.Equal(_root.Id, template.RootId);
        Assert.Equal("Leg Day", template.Name);
        Assert.Equal("Legs", template.Description);
        Assert.Equal(Now, template.CreatedAt);
        Assert.Equal(Now, template.UpdatedAt);
        Assert.False(template.IsDeleted);
    }

    [Fact]
    public void Template_data_is_kept_as_the_exact_text_sent()
    {
        var template = NewTemplate();

        Assert.Equal(Layout, template.TemplateData);
    }

    [Fact]
    public void A_missing_description_becomes_empty()
    {
        var template = SessionTemplate.Create(_root, "Leg Day", null, JsonText.Parse(Layout, "template_data"), Now);

        Assert.Equal(string.Empty, template.Description);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Template_without_a_name_is_rejected(string? name)
    {
        var error = Assert.Throws<DomainRuleViolationException>(() =>
            SessionTemplate.Create(_root, name, "", JsonText.Parse(Layout, "template_data"), Now));

        Assert.Equal(TemplateRules.NameRequired, error.Code);
        Assert.Equal("Template name is required", error.Message);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("\"\"")]
    [InlineData("0")]
    [InlineData("0.0")]
    [InlineData("false")]
    public void Template_with_empty_data_is_rejected(string data)
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => NewTemplate(data));

        Assert.Equal(TemplateRules.DataRequired, error.Code);
        Assert.Equal("Template data is required", error.Message);
    }

    [Theory]
    [InlineData("\"a string stays a JSON string\"")]
    [InlineData("1")]
    [InlineData("true")]
    [InlineData("[0]")]
    public void Template_data_that_says_something_is_accepted_as_sent(string data)
    {
        Assert.Equal(data, NewTemplate(data).TemplateData);
    }

    [Fact]
    public void Template_under_a_goal_that_is_not_a_fractal_root_is_rejected()
    {
        var child = _root.AddChild("Handstand", "", GoalType.LongTermGoal, null, Now);

        var error = Assert.Throws<DomainRuleViolationException>(() =>
            SessionTemplate.Create(child, "Leg Day", "", JsonText.Parse(Layout, "template_data"), Now));

        Assert.Equal(GoalRules.NotAFractalRoot, error.Code);
    }

    [Fact]
    public void Template_under_a_deleted_fractal_is_rejected()
    {
        new GoalTree(_root, []).Delete(_root.Id, Now);

        var error = Assert.Throws<DomainRuleViolationException>(() => NewTemplate());

        Assert.Equal(GoalRules.Deleted, error.Code);
    }

    [Fact]
    public void Rename_changes_the_name_and_updated_at()
    {
        var template = NewTemplate();

        template.Rename("  Upper Body Day 2 ", Later);

        Assert.Equal("Upper Body Day 2", template.Name);
        Assert.Equal(Later, template.UpdatedAt);
    }

    [Fact]
    public void Changes_that_change_nothing_keep_updated_at()
    {
        var template = NewTemplate();

        template.Rename("Leg Day", Later);
        template.Describe("Legs", Later);
        template.ReplaceData(JsonText.Parse(Layout, "template_data"), Later);

        Assert.Equal(Now, template.UpdatedAt);
    }

    [Fact]
    public void Rename_to_a_blank_name_is_rejected()
    {
        var template = NewTemplate();

        var error = Assert.Throws<DomainRuleViolationException>(() => template.Rename(" ", Later));

        Assert.Equal(TemplateRules.NameRequired, error.Code);
    }

    [Fact]
    public void Replaced_data_is_kept_verbatim_and_bumps_updated_at()
    {
        var template = NewTemplate();
        const string next = """{"sections":[], "note":"15"}""";

        template.ReplaceData(JsonText.Parse(next, "template_data"), Later);

        Assert.Equal(next, template.TemplateData);
        Assert.Equal(Later, template.UpdatedAt);
    }

    [Fact]
    public void Describe_changes_the_description_and_null_becomes_empty()
    {
        var template = NewTemplate();

        template.Describe(null, Later);

        Assert.Equal(string.Empty, template.Description);
        Assert.Equal(Later, template.UpdatedAt);
    }

    [Fact]
    public void A_deleted_template_accepts_no_changes()
    {
        var template = NewTemplate();
        template.Delete(Later);

        var errors = new[]
        {
            Assert.Throws<DomainRuleViolationException>(() => template.Rename("Other", Later)),
            Assert.Throws<DomainRuleViolationException>(() => template.Rename("Leg Day", Later)),
            Assert.Throws<DomainRuleViolationException>(() => template.Describe("Other", Later)),
            Assert.Throws<DomainRuleViolationException>(() => template.ReplaceData(JsonText.Parse("[1]", "template_data"), Later)),
        };

        Assert.All(errors, e => Assert.Equal(TemplateRules.Deleted, e.Code));
        Assert.Equal("Leg Day", template.Name);
        Assert.Equal(Layout, template.TemplateData);
    }

    [Fact]
    public void Delete_stamps_the_given_instant()
    {
        var template = NewTemplate();

        template.Delete(Later);

        Assert.Equal(Later, template.DeletedAt);
        Assert.True(template.IsDeleted);
    }

    [Fact]
    public void Deleting_a_deleted_template_is_rejected()
    {
        var template = NewTemplate();
        template.Delete(Later);

        var error = Assert.Throws<DomainRuleViolationException>(() => template.Delete(Later.AddHours(1)));

        Assert.Equal(TemplateRules.AlreadyDeleted, error.Code);
        Assert.Equal(Later, template.DeletedAt);
    }

    [Fact]
    public void Restore_undoes_the_templates_own_delete()
    {
        var template = NewTemplate();
        template.Delete(Later);

        template.Restore(_root);

        Assert.Null(template.DeletedAt);
    }

    [Fact]
    public void Restoring_a_live_template_is_rejected()
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => NewTemplate().Restore(_root));

        Assert.Equal(TemplateRules.NotDeleted, error.Code);
    }

    [Fact]
    public void Restore_through_another_fractal_is_rejected()
    {
        var template = NewTemplate();
        template.Delete(Later);
        var other = Goal.CreateFractal("Play guitar", "", GoalType.UltimateGoal, Now);

        var error = Assert.Throws<DomainRuleViolationException>(() => template.Restore(other));

        Assert.Equal(TemplateRules.CrossFractal, error.Code);
        Assert.True(template.IsDeleted);
    }

    [Fact]
    public void A_template_hidden_with_its_fractal_cannot_be_restored_on_its_own()
    {
        var template = NewTemplate();
        template.HideWith(new GoalTree(_root, []).Delete(_root.Id, Later));

        var error = Assert.Throws<DomainRuleViolationException>(() => template.Restore(_root));

        Assert.Equal(TemplateRules.FractalDeleted, error.Code);
        Assert.True(template.IsDeleted);
    }

    [Fact]
    public void Fractal_deletion_hides_the_template_with_the_deletions_instant()
    {
        var template = NewTemplate();
        var deletion = new GoalTree(_root, []).Delete(_root.Id, Later);

        template.HideWith(deletion);

        Assert.Equal(deletion.At, template.DeletedAt);
    }

    [Fact]
    public void Fractal_restoration_brings_back_only_templates_hidden_by_that_delete()
    {
        var hiddenWithFractal = NewTemplate();
        var deletedEarlier = NewTemplate();
        deletedEarlier.Delete(Now.AddMinutes(5));
        var tree = new GoalTree(_root, []);
        var deletion = tree.Delete(_root.Id, Later);
        hiddenWithFractal.HideWith(deletion);
        deletedEarlier.HideWith(deletion);

        var restoration = tree.Restore(_root.Id);
        hiddenWithFractal.RevealWith(restoration);
        deletedEarlier.RevealWith(restoration);

        Assert.Null(hiddenWithFractal.DeletedAt);
        Assert.Equal(Now.AddMinutes(5), deletedEarlier.DeletedAt);
    }

    [Fact]
    public void Deleting_a_goal_inside_the_fractal_leaves_templates_alone()
    {
        var template = NewTemplate();
        var goal = _root.AddChild("Handstand", "", GoalType.LongTermGoal, null, Now);

        template.HideWith(new GoalTree(_root, [goal]).Delete(goal.Id, Later));

        Assert.False(template.IsDeleted);
    }

    [Fact]
    public void Deletion_of_another_fractal_cannot_hide_the_template()
    {
        var template = NewTemplate();
        var other = Goal.CreateFractal("Play guitar", "", GoalType.UltimateGoal, Now);

        var error = Assert.Throws<DomainRuleViolationException>(() =>
            template.HideWith(new GoalTree(other, []).Delete(other.Id, Later)));

        Assert.Equal(GoalRules.CrossFractal, error.Code);
        Assert.False(template.IsDeleted);
    }
}
