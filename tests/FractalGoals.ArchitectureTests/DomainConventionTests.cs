using System.Reflection;
using FractalGoals.Domain.Common;

namespace FractalGoals.ArchitectureTests;

public sealed class DomainConventionTests
{
    private static IEnumerable<Type> EntityTypes() =>
        Layers.Domain.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && IsEntity(t));

    private static bool IsEntity(Type type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Entity<>)) return true;
        return false;
    }

    [Fact]
    public void Entities_change_state_only_through_methods_no_public_setters()
    {
        var offenders = EntityTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is { IsPublic: true } && !IsInitOnly(p.SetMethod))
                .Select(p => $"{t.Name}.{p.Name}"))
            .ToList();

        Assert.NotEmpty(EntityTypes());
        Assert.Empty(offenders);
    }

    [Fact]
    public void Entities_have_no_public_constructor_so_factories_and_parents_create_them()
    {
        var offenders = EntityTypes().Where(t => t.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Length > 0)
            .Select(t => t.Name).ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Entities_are_sealed()
    {
        Assert.Empty(EntityTypes().Where(t => !t.IsSealed).Select(t => t.Name));
    }

    [Fact]
    public void The_domain_declares_exactly_one_exception_type()
    {
        var exceptions = Layers.Domain.GetTypes().Where(t => typeof(Exception).IsAssignableFrom(t)).ToList();

        Assert.Equal([typeof(DomainRuleViolationException)], exceptions);
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
}
