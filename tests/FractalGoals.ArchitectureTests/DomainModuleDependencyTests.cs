using NetArchTest.Rules;

namespace FractalGoals.ArchitectureTests;

/// <summary>
/// The Domain's namespaces form a one-way graph (ADR 0037): Common is the base and names no module; Goals holds the
/// fractal (a root goal) every module belongs to; a session's activities and a program's templates point one way.
/// </summary>
public sealed class DomainModuleDependencyTests
{
    private const string Common = "Common";

    /// <summary>Every edge the Domain may have, and no other: module → the namespaces it may use.</summary>
    internal static readonly IReadOnlyDictionary<string, string[]> AllowedEdges = new Dictionary<string, string[]>
    {
        [Common] = [],
        ["Goals"] = [Common],
        ["Activities"] = [Common, "Goals"],
        ["Sessions"] = [Common, "Goals", "Activities"],
        ["Templates"] = [Common, "Goals"],
        ["Programs"] = [Common, "Goals", "Templates"],
    };

    private static string[] Namespaces => [Common, .. Layers.Modules];

    public static TheoryData<string, string> ForbiddenEdges()
    {
        var data = new TheoryData<string, string>();
        foreach (var from in Namespaces)
            foreach (var to in Namespaces.Where(to => to != from && !AllowedEdges[from].Contains(to)))
                data.Add(from, to);
        return data;
    }

    public static TheoryData<string, string> AllowedEdgeList()
    {
        var data = new TheoryData<string, string>();
        foreach (var (from, targets) in AllowedEdges)
            foreach (var to in targets)
                data.Add(from, to);
        return data;
    }

    [Fact]
    public void Every_domain_namespace_is_a_module_or_common_and_the_edges_name_them_all()
    {
        var declared = Layers.Domain.GetTypes().Select(t => t.Namespace).OfType<string>()
            .Where(ns => ns.StartsWith("FractalGoals.Domain.", StringComparison.Ordinal))
            .Select(ns => ns["FractalGoals.Domain.".Length..].Split('.')[0])
            .ToHashSet();

        Assert.Equal(Namespaces.Order(), declared.Order());
        Assert.Equal(Namespaces.Order(), AllowedEdges.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(ForbiddenEdges))]
    public void A_domain_module_does_not_depend_on_a_module_outside_its_allowed_edges(string from, string to)
    {
        var result = Types.InAssembly(Layers.Domain)
            .That().ResideInNamespace($"FractalGoals.Domain.{from}")
            .ShouldNot().HaveDependencyOn($"FractalGoals.Domain.{to}")
            .GetResult();

        Assert.True(result.IsSuccessful, $"Domain.{from} must not use Domain.{to}: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    // An allowed edge nothing uses is a door left open: drop it from the list, so adding it back is a decision.
    [Theory]
    [MemberData(nameof(AllowedEdgeList))]
    public void Every_allowed_edge_is_used(string from, string to)
    {
        var users = Types.InAssembly(Layers.Domain)
            .That().ResideInNamespace($"FractalGoals.Domain.{from}")
            .And().HaveDependencyOn($"FractalGoals.Domain.{to}")
            .GetTypes();

        Assert.NotEmpty(users);
    }
}
