using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
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
            .WithHeaders("Content-Type")
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

    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;   // nullable scalars are emitted as null (§1.10)
        options.Converters.Add(new WireDateTimeConverter());
        options.Converters.Add(new WireDateConverter());
        options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    }

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
                await ApiProblems.Problem(StatusCodes.Status413PayloadTooLarge, "Request body too large", "body-too-large").ExecuteAsync(context);
                return;
            }
            await next(context);
        });

    /// <summary>Unknown routes and methods answer with the same problem shape as every other error.</summary>
    public static IApplicationBuilder UseProblemStatusPages(this IApplicationBuilder app) =>
        app.UseStatusCodePages(async context =>
        {
            var status = context.HttpContext.Response.StatusCode;
            var (message, code) = status switch
            {
                404 => ("Not found", "not-found"),
                405 => ("Method not allowed", "method-not-allowed"),
                413 => ("Request body too large", "body-too-large"),
                415 => ("Content-Type must be application/json", "unsupported-media-type"),
                _ => ("Bad request", "bad-request"),
            };
            await ApiProblems.Problem(status, message, code).ExecuteAsync(context.HttpContext);
        });
}
