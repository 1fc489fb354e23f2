using FractalGoals.Application.Common.Mapping;
using FractalGoals.Application.Goals;
using FractalGoals.Domain.Goals;
using Mapster;
using MapsterMapper;

namespace FractalGoals.UnitTests.Application;

public sealed class MappingConfigTests
{
    [Fact]
    public void The_mapping_configuration_compiles_and_every_destination_member_has_a_source()
    {
        var config = MappingConfig.Create();   // Compile() throws on an unmapped destination member

        Assert.True(config.RequireExplicitMapping);
        Assert.True(config.RequireDestinationMemberSource);
    }

    [Fact]
    public void A_fractal_root_maps_to_its_summary_with_text_ids_and_type_name()
    {
        var now = new DateTime(2026, 1, 2, 9, 30, 0, 123_456 / 1000);
        var root = Goal.CreateFractal("Guitar", "Play well", GoalType.LongTermGoal, now);

        var summary = new Mapper(MappingConfig.Create()).Map<FractalSummaryResponse>(root);

        Assert.Equal(new FractalSummaryResponse(root.Id.Value, "Guitar", "Play well", "LongTermGoal", root.CreatedAt, null), summary);
    }

    [Fact]
    public void An_unregistered_mapping_is_refused_instead_of_guessed()
    {
        var mapper = new Mapper(MappingConfig.Create());

        Assert.ThrowsAny<Exception>(() => mapper.Map<GoalId>("not-registered"));
    }
}
