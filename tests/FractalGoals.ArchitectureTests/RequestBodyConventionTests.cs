using System.Reflection;
using Mediator;

namespace FractalGoals.ArchitectureTests;

/// <summary>
/// One way to read a request body (ADR 0038): endpoints bind the Api's <c>RequestBody</c>, never a JSON DOM or a
/// request record of their own, and the messages they send carry typed fields, never JSON types.
/// </summary>
public sealed class RequestBodyConventionTests
{
    private const BindingFlags Declared = BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    [Fact]
    public void No_endpoint_binds_a_json_type_or_a_record_of_its_own()
    {
        var handlers = Layers.Api.GetTypes()
            .Where(t => t.Namespace?.StartsWith("FractalGoals.Api.Endpoints", StringComparison.Ordinal) == true && !IsRecord(t))
            .SelectMany(t => t.GetMethods(Declared))
            .ToList();
        Assert.Contains(handlers, m => m.GetParameters().Any(p => p.ParameterType.Name == "RequestBody"));

        var offending = handlers
            .SelectMany(m => m.GetParameters().Select(p => (Method: m, Type: Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType)))
            .Where(p => IsJsonType(p.Type) || (p.Type.Assembly == Layers.Api && p.Type.Name != "RequestBody"))
            .Select(p => $"{p.Method.DeclaringType!.Name}.{p.Method.Name}({p.Type.Name})")
            .ToList();
        Assert.True(offending.Count == 0, "Endpoints that read a body another way: " + string.Join(", ", offending));
    }

    [Fact]
    public void No_message_carries_a_json_type_as_input()
    {
        var messages = Layers.Application.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IMessage).IsAssignableFrom(t)).ToList();
        Assert.NotEmpty(messages);

        var offending = messages
            .SelectMany(m => InputTypes(m, []).Where(IsJsonType).Select(t => $"{m.Name} ({t.Name})"))
            .Distinct()
            .ToList();
        Assert.True(offending.Count == 0, "Messages whose input holds JSON types (read it in the Api instead): " + string.Join(", ", offending));
    }

    // A response record beside its endpoint is not a handler; its compiler-made members (Equals, op_Equality) take itself.
    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null;

    private static bool IsJsonType(Type type) => type.Namespace?.StartsWith("System.Text.Json", StringComparison.Ordinal) == true;

    // The types a message's fields can hold: property types, their generic arguments and element types, and the
    // Application's own input records, recursively.
    private static IEnumerable<Type> InputTypes(Type type, HashSet<Type> seen)
    {
        if (!seen.Add(type)) yield break;
        yield return type;
        var parts = type.IsArray ? [type.GetElementType()!] : type.IsGenericType ? type.GetGenericArguments() : Array.Empty<Type>();
        if (type.Assembly == Layers.Application && !type.IsEnum)
            parts = [.. parts, .. type.GetProperties(BindingFlags.Instance | BindingFlags.Public).Select(p => p.PropertyType)];
        foreach (var inner in parts.SelectMany(p => InputTypes(p, seen)))
            yield return inner;
    }
}
