using NetArchTest.Rules;

namespace FractalGoals.ArchitectureTests;

public sealed class DependencyDirectionTests
{
    private static readonly string[] Frameworks =
        ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Microsoft.Data.Sqlite", "Npgsql"];

    [Fact]
    public void Domain_references_no_other_assembly_than_the_base_class_library()
    {
        var references = Layers.Domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, name => Assert.True(name is "netstandard" || name.StartsWith("System", StringComparison.Ordinal),
            $"FractalGoals.Domain references {name}"));
    }

    [Fact]
    public void Domain_depends_on_no_other_layer_and_no_framework()
    {
        AssertNone(Types.InAssembly(Layers.Domain).ShouldNot()
            .HaveDependencyOnAny(["FractalGoals.Application", "FractalGoals.Infrastructure", "FractalGoals.Api", "Mediator", "FluentValidation", "Mapster", .. Frameworks]));
    }

    [Fact]
    public void Application_depends_on_neither_infrastructure_nor_api_nor_storage_or_web_frameworks()
    {
        AssertNone(Types.InAssembly(Layers.Application).ShouldNot()
            .HaveDependencyOnAny(["FractalGoals.Infrastructure", "FractalGoals.Api", .. Frameworks]));
    }

    [Fact]
    public void Application_assembly_does_not_reference_infrastructure_or_api()
    {
        var references = Layers.Application.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain("FractalGoals.Infrastructure", references);
        Assert.DoesNotContain("FractalGoals.Api", references);
    }

    [Fact]
    public void Infrastructure_does_not_depend_on_the_api()
    {
        AssertNone(Types.InAssembly(Layers.Infrastructure).ShouldNot().HaveDependencyOn("FractalGoals.Api"));
    }

    public static TheoryData<string, string> ModulePairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var module in Layers.Modules)
            foreach (var other in Layers.Modules.Where(o => o != module))
                data.Add(module, other);
        return data;
    }

    // A module's use cases never reach into another module's use cases; they may query its aggregates through its
    // specifications, which are that module's published queries (ADR 0035).
    [Theory]
    [MemberData(nameof(ModulePairs))]
    public void Application_module_does_not_reach_into_another_module(string module, string other)
    {
        var otherModule = $"FractalGoals.Application.{other}";
        var reachable = Layers.Application.GetTypes()
            .Where(t => t.Namespace is { } ns && (ns == otherModule || ns.StartsWith(otherModule + ".", StringComparison.Ordinal))
                        && ns != otherModule + ".Specifications" && !t.Name.Contains('<', StringComparison.Ordinal))
            .Select(t => t.FullName!)
            .ToArray();
        Assert.NotEmpty(reachable);
        AssertNone(Types.InAssembly(Layers.Application)
            .That().ResideInNamespace($"FractalGoals.Application.{module}")
            .ShouldNot().HaveDependencyOnAny(reachable));
    }

    private static void AssertNone(ConditionList rule)
    {
        var result = rule.GetResult();
        Assert.True(result.IsSuccessful, "Offending types: " + string.Join(", ", result.FailingTypeNames ?? []));
    }
}
