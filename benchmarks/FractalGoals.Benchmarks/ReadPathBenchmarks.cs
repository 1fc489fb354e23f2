using BenchmarkDotNet.Attributes;
using FractalGoals.Application;
using FractalGoals.Application.Activities.ListActivities;
using FractalGoals.Application.Common.Behaviors;
using FractalGoals.Application.Goals.GetFractalTree;
using FractalGoals.Application.Goals.GetGoal;
using FractalGoals.Application.Goals.ListFractals;
using FractalGoals.Application.Programs.ListPrograms;
using FractalGoals.Application.Sessions.ListSessions;
using FractalGoals.Application.Templates.ListTemplates;
using FractalGoals.Infrastructure;
using FractalGoals.Infrastructure.Persistence;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace FractalGoals.Benchmarks;

/// <summary>
/// The queries behind the main read endpoints, sent through the mediator with the API's pipeline in a fresh scope
/// (a new DbContext) per call, as one request does; HTTP and JSON writing are left to <c>build/bench.sh</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ReadPathBenchmarks
{
    private ServiceProvider _services = null!;
    private string _root = null!;
    private string _goal = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = BenchmarkDatabase.EnsureAsync().GetAwaiter().GetResult();
        (_root, _goal) = BenchmarkDatabase.TypicalFractal(path);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddApplication();
        services.AddInfrastructure(DatabaseProvider.Sqlite, $"Data Source={path}");
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(ApplicationServices)];
            options.PipelineBehaviors = [typeof(ValidationBehavior<,>), typeof(UnitOfWorkBehavior<,>)];
        });
        _services = services.BuildServiceProvider();
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Description = "GET /api/fractals")]
    public Task<object?> ListFractals() => SendAsync(new ListFractalsQuery());

    [Benchmark(Description = "GET /api/{root}/goals")]
    public Task<object?> FractalTree() => SendAsync(new GetFractalTreeQuery(_root));

    [Benchmark(Description = "GET /api/{root}/sessions")]
    public Task<object?> Sessions() => SendAsync(new ListSessionsQuery(_root));

    [Benchmark(Description = "GET /api/{root}/activities")]
    public Task<object?> Activities() => SendAsync(new ListActivitiesQuery(_root));

    [Benchmark(Description = "GET /api/{root}/session-templates")]
    public Task<object?> Templates() => SendAsync(new ListTemplatesQuery(_root));

    [Benchmark(Description = "GET /api/{root}/programs")]
    public Task<object?> Programs() => SendAsync(new ListProgramsQuery(_root));

    [Benchmark(Description = "GET /api/{root}/goals/{goal}")]
    public Task<object?> OneGoal() => SendAsync(new GetGoalQuery(_root, _goal));

    private async Task<object?> SendAsync<TResponse>(IQuery<TResponse> query)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }
}
