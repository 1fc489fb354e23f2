using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using FractalGoals.Domain.Common;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.ResponseCompression;

namespace FractalGoals.Api.Http;

/// <summary>The wire conventions of the legacy client, configured once (api-contract §1).</summary>
internal static class HttpSetup
{
    public const string CorsPolicy = "client";
    public const long MaxBodyBytes = 4 * 1024 * 1024;

    public static IServiceCollection AddHttpConventions(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<JsonOptions>(options => Configure(options.SerializerOptions));
        // Binding failures (malformed JSON, wrong types, wrong content type) throw, so they leave as one problem shape.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddProblemDetails();
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins(AllowedOrigins(configuration))
            .WithMethods("GET", "POST", "PUT", "PATCH", "DELETE")
            .WithHeaders(AllowedHeaders(configuration))
            .WithExposedHeaders(Paging.TotalCountHeader)));
        services.AddJsonCompression();
        return services;
    }

    /// <summary>
    /// gzip and brotli at their fastest level for JSON and problem bodies (ADR 0030): a tree of several megabytes
    /// shrinks about tenfold for a few milliseconds. On for HTTPS too: no body carries a secret (no tokens, no
    /// credentials), which is what BREACH would need beside reflected input.
    /// </summary>
    private static void AddJsonCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            // gzip first: chosen when the client accepts both (browsers do). At the fastest levels gzip makes the smaller
            // body (a 4.4 MB tree: 0.76 MB against brotli's 1.15 MB); brotli serves clients that ask only for it.
            options.Providers.Add<GzipCompressionProvider>();
            options.Providers.Add<BrotliCompressionProvider>();
            options.MimeTypes = ["application/json", "application/problem+json"];
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
    }

    /// <summary>The app's JSON options, for the one writer outside its pipeline (<see cref="KestrelRefusals"/>).</summary>
    public static readonly JsonSerializerOptions ProblemJson = CreateProblemJson();

    private static JsonSerializerOptions CreateProblemJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;   // nullable scalars are emitted as null (§1.10)
        options.Converters.Add(new WireDateTimeConverter());
        options.Converters.Add(new WireDateConverter());
        options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    }

    // Accounts mode: the client sends its bearer token (ADR 0051); Local mode's answer to a preflight is unchanged.
    private static string[] AllowedHeaders(IConfiguration configuration) =>
        string.Equals(configuration[Auth.AuthSettings.ModeKey], nameof(Auth.AuthMode.Accounts), StringComparison.OrdinalIgnoreCase)
            ? ["Content-Type", "Authorization"]
            : ["Content-Type"];

    /// <summary>Comma-separated origins from <c>FractalGoals:Cors:Origins</c> (default: the Vite dev server).</summary>
    private static string[] AllowedOrigins(IConfiguration configuration) =>
        (configuration["FractalGoals:Cors:Origins"] ?? "http://localhost:5173")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// Refuses a declared body over the limit before anything reads it (Kestrel enforces the same limit on streamed
    /// bodies; a test server does not).
    /// </summary>
    public static IApplicationBuilder UseBodySizeLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > MaxBodyBytes)
            {
                await ApiProblems.StatusProblem(StatusCodes.Status413PayloadTooLarge).ExecuteAsync(context);
                return;
            }
            await next(context);
        });

    /// <summary>
    /// Refuses a path or query value that is not text both stores can hold (U+0000, a lone surrogate; ADR 0041)
    /// with a 400 problem before routing: a real Kestrel refuses %00 in the path itself, a test host does not, and
    /// PostgreSQL cannot compare a key holding U+0000.
    /// </summary>
    public static IApplicationBuilder UseTextOnlyRequestTarget(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            var text = JsonText.IsText(request.Path.Value ?? "")
                && request.Query.All(q => JsonText.IsText(q.Key) && q.Value.All(v => v is null || JsonText.IsText(v)));
            if (!text)
            {
                await ApiProblems.Problem(StatusCodes.Status400BadRequest, "Invalid request path or query", "bad-request").ExecuteAsync(context);
                return;
            }
            await next(context);
        });

    /// <summary>Unknown routes and methods answer with the same problem shape as every other error.</summary>
    public static IApplicationBuilder UseProblemStatusPages(this IApplicationBuilder app) =>
        app.UseStatusCodePages(context => ApiProblems.StatusProblem(context.HttpContext.Response.StatusCode).ExecuteAsync(context.HttpContext));
}
