using System.Reflection;
using FractalGoals.Application;
using FractalGoals.Domain.Goals;

namespace FractalGoals.ArchitectureTests;

/// <summary>The assemblies under test, named once.</summary>
internal static class Layers
{
    public static readonly Assembly Domain = typeof(Goal).Assembly;
    public static readonly Assembly Application = typeof(ApplicationServices).Assembly;
    public static readonly Assembly Infrastructure = Assembly.Load("FractalGoals.Infrastructure");
    public static readonly Assembly Api = typeof(Program).Assembly;

    public static readonly string[] Modules = ["Goals", "Sessions", "Activities", "Templates", "Programs"];
}
