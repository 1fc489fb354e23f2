using FractalGoals.Application.Common.Mapping;
using FractalGoals.Application.Templates;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Templates;
using MapsterMapper;

namespace FractalGoals.UnitTests.Application;

public sealed class TemplatesMappingTests
{
    [Fact]
    public void A_template_maps_with_its_description_and_its_data_as_one_json_node_as_stored()
    {
        var now = new DateTime(2026, 1, 2, 12, 0, 0);
        var root = Goal.CreateFractal("Calisthenics", null, GoalType.UltimateGoal, now);
        const string data = """{"z":1,"a":"15","sections":[{"x":2.50}]}""";
        var template = SessionTemplate.Create(root, "Leg Day", "Legs", JsonText.Parse(data, "template_data"), now);

        var response = new Mapper(MappingConfig.Create()).Map<SessionTemplateResponse>(template);

        Assert.Equal((template.Id.Value, "Leg Day", "Legs"), (response.Id, response.Name, response.Description));
        Assert.Equal(data, response.TemplateData!.ToJsonString());
    }
}
