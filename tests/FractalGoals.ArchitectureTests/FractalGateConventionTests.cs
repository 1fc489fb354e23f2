using Ardalis.Specification;
using FractalGoals.Application.Common.Fractals;
using Mediator;
using NetArchTest.Rules;

namespace FractalGoals.ArchitectureTests;

/// <summary>One way into a fractal (ADR 0036): the gate is the only place that resolves a route's fractal.</summary>
public sealed class FractalGateConventionTests
{
    private static IEnumerable<Type> Messages() =>
        Layers.Application.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IMessage).IsAssignableFrom(t));

    [Fact]
    public void Every_message_that_names_a_fractal_goes_through_the_gate()
    {
        var messages = Messages().Where(t => t.GetProperty("RootId") is not null).ToList();

        Assert.NotEmpty(messages);
        Assert.All(messages, t => Assert.True(typeof(IFractalRequest).IsAssignableFrom(t), $"{t.Name} has a RootId but is not an IFractalRequest"));
    }

    [Fact]
    public void No_handler_of_a_fractal_request_looks_the_fractal_up_itself()
    {
        var handlers = Layers.Application.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && IsHandler(i.GetGenericTypeDefinition())
                                                    && typeof(IFractalRequest).IsAssignableFrom(i.GetGenericArguments()[0])))
            .Select(t => t.FullName!)
            .ToList();

        Assert.NotEmpty(handlers);
        var offending = Types.InAssembly(Layers.Application).That().HaveNameMatching(@"Handler$").GetTypes()
            .Where(t => handlers.Contains(t.FullName!))
            .Where(t => !Types.InAssembly(Layers.Application).That().HaveName(t.Name)
                .ShouldNot().HaveDependencyOnAny([typeof(AccessibleFractalSpec).FullName!, typeof(FractalNotFoundException).FullName!])
                .GetResult().IsSuccessful)
            .Select(t => t.Name)
            .ToList();
        Assert.True(offending.Count == 0, "Handlers that check the fractal themselves: " + string.Join(", ", offending));
    }

    [Fact]
    public void Only_specifications_are_called_spec()
    {
        var misnamed = AllTypes().Where(t => t.Name.Split('`')[0].EndsWith("Spec", StringComparison.Ordinal) && !IsSpecification(t)).Select(t => t.FullName).ToList();

        Assert.True(misnamed.Count == 0, "Named *Spec but not a specification: " + string.Join(", ", misnamed));
    }

    [Fact]
    public void There_is_no_hand_written_id_parser_beside_the_typed_ids()
    {
        var parsers = AllTypes().Where(t => t.Name.EndsWith("Ids", StringComparison.Ordinal) && t.IsAbstract && t.IsSealed).Select(t => t.FullName).ToList();

        Assert.True(parsers.Count == 0, "Static id helpers (use the typed ids' TryParse): " + string.Join(", ", parsers));
    }

    private static bool IsHandler(Type definition) =>
        definition == typeof(ICommandHandler<,>) || definition == typeof(IQueryHandler<,>) || definition == typeof(IRequestHandler<,>);

    private static bool IsSpecification(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ISpecification<>));

    private static IEnumerable<Type> AllTypes() =>
        new[] { Layers.Domain, Layers.Application, Layers.Infrastructure, Layers.Api }.SelectMany(a => a.GetTypes()).Where(t => !t.Name.Contains('<', StringComparison.Ordinal));
}
