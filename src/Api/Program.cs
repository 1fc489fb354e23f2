using FractalGoals.Api.Endpoints;
using FractalGoals.Application;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls(builder.Configuration["urls"] ?? "http://127.0.0.1:8001");   // the client's default base URL
builder.Services.AddApplication();

var app = builder.Build();
app.MapHealthEndpoint();
await app.RunAsync();

/// <summary>Entry point; public so functional tests can host it with WebApplicationFactory.</summary>
public partial class Program;
