using FractalGoals.Api;
using FractalGoals.Api.Auth;
using FractalGoals.Api.Cli;
using FractalGoals.Api.Endpoints;
using FractalGoals.Api.Http;
using FractalGoals.Application;
using FractalGoals.Application.Common.Behaviors;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Infrastructure;
using FractalGoals.Infrastructure.Persistence;
using Mapster;
using Scalar.AspNetCore;

// `db <command>` (upgrade, verify, …) runs a maintenance command instead of the server.
if (DbCommandLine.Handles(args))
    return await DbCommandLine.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);

var builder = WebApplication.CreateBuilder(args);
LoggingDefaults.Apply(builder.Configuration);
AuthSettings auth;
try
{
    auth = AuthSettings.From(builder.Configuration);   // Local (default) or Accounts (issue 16, ADR 0051)
}
catch (ArgumentException wrongSetting)
{
    return StartupFailure.Report(wrongSetting, Console.Error);
}
builder.Services.AddSingleton(auth);
if (builder.Configuration["urls"] is null && Environment.GetEnvironmentVariable("ASPNETCORE_URLS") is null)
    builder.WebHost.UseUrls("http://127.0.0.1:8001");   // the React client's default base URL
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.Limits.MaxRequestBodySize = HttpSetup.MaxBodyBytes;
    // 16 KB (Kestrel's default is 8 KB) lets a 10,000-character id reach the app and its 404; a longer line Kestrel
    // refuses itself, and the connection filter gives that refusal its problem body (ADR 0041).
    kestrel.Limits.MaxRequestLineSize = 16 * 1024;
    kestrel.ConfigureEndpointDefaults(listen =>
    {
        LocalModeGuard.Check(listen, auth);   // Local mode: loopback only, unless told otherwise
        listen.AnswerRefusalsWithProblems();   // Kestrel's own refusals too
    });
});

builder.Services.AddApplication();
try
{
    builder.Services.AddCaller(auth);
    if (auth.Mode == AuthMode.Accounts) builder.Services.AddAccounts(AccountOptions.From(builder.Configuration));
    builder.Services.AddInfrastructure(   // sqlite (default) or postgres, ADR 0026
        DatabaseProviders.Parse(builder.Configuration[DatabaseProviders.ConfigurationKey]), builder.Configuration.GetConnectionString("FractalGoals"));
    builder.Services.AddBigReadLimit(builder.Configuration);   // ADR 0034: whole-fractal reads, one per core at a time
}
catch (ArgumentException wrongSetting)
{
    return StartupFailure.Report(wrongSetting, Console.Error);
}
builder.Services.AddHttpConventions(builder.Configuration);
builder.Services.AddReadinessCheck();                 // /health/ready (ADR 0039)
builder.Services.AddOpenApi(options =>
{
    options.DescribeProblems().DescribePreconditions().DescribeNodes();
    if (auth.Mode == AuthMode.Accounts) options.DescribeBearer();
});
builder.Services.AddMediator(options =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;   // behaviours use the scoped DbContext
    options.Assemblies = [typeof(ApplicationServices)];   // messages and handlers live in Application
    // A command's write transaction wraps everything it reads (ADR 0042); inside it the gate comes first, so an
    // unknown fractal answers 404 before any validation (ADR 0036).
    options.PipelineBehaviors = [typeof(WriteTransactionBehavior<,>), typeof(FractalGateBehavior<,>), typeof(ValidationBehavior<,>), typeof(UnitOfWorkBehavior<,>)];
});

var app = builder.Build();

// A new user's first run creates data/fractal-goals.db; an existing file gets its pending migrations.
try
{
    await using var scope = app.Services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<FractalGoalsDbContext>();
    // Mapster compiles every map on the other core while EF builds its model for the migration check (ADR 0033);
    // awaited before serving, so a broken map still stops the start.
    var mappings = Task.Run(() => app.Services.GetRequiredService<TypeAdapterConfig>());
    await DatabaseInitializer.MigrateAsync(db, CancellationToken.None);
    await mappings;
    // `dotnet run --project src/Api -- --seed-demo` (or FractalGoals__SeedDemo=true): a demo fractal on an empty database.
    if (args.Contains("--seed-demo") || builder.Configuration.GetValue<bool>("FractalGoals:SeedDemo"))
        await DemoData.SeedAsync(db, scope.ServiceProvider.GetRequiredService<TimeProvider>(), CancellationToken.None);
}
catch (Exception failure) when (StartupFailure.IsEnvironmental(failure))
{
    return StartupFailure.Report(failure, Console.Error);
}

app.UseResponseCompression();                          // first, so problem bodies are compressed too (ADR 0030)
app.UseExceptionHandler();
app.UseBodySizeLimit();
app.UseTextOnlyRequestTarget();
app.UseProblemStatusPages();
app.UseCors();
if (auth.Mode == AuthMode.Accounts)
{
    // After the status pages, so a refused request gets its problem body; before the endpoints and their mediator.
    app.UseAuthentication();
    app.UseAuthorization();
}
app.UseRateLimiter();
app.MapOpenApi();                                       // /openapi/v1.json
app.MapScalarApiReference();                            // /scalar: interactive reference
app.MapHealthEndpoint();
app.MapApiEndpoints(requireAccount: auth.Mode == AuthMode.Accounts);
if (auth.Mode == AuthMode.Accounts) app.MapAccountEndpoints();   // /api/auth: only in Accounts mode
try
{
    await app.RunAsync();
}
catch (Exception refused) when (AnonymousRemoteAccessRefusedException.Caused(refused))
{
    return StartupFailure.Report(refused, Console.Error);
}
return 0;

/// <summary>Entry point; public so functional tests can host it with WebApplicationFactory.</summary>
public partial class Program;
