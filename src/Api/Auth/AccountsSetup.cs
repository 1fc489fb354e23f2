using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FractalGoals.Api.Http;
using FractalGoals.Application.Common.Callers;
using FractalGoals.Infrastructure.Accounts;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace FractalGoals.Api.Auth;

/// <summary>
/// The two modes' services and routes (issue 16, ADR 0051). <c>Local</c>: nothing but a caller that is nobody.
/// <c>Accounts</c>: ASP.NET Core Identity's user store in our database, its bearer tokens (no cookies), its lockout,
/// its API endpoints under <c>/api/auth</c>, and a rate limit on login and register.
/// </summary>
internal static class AccountsSetup
{
    public const string BearerSchemeName = "Bearer";

    public static IServiceCollection AddCaller(this IServiceCollection services, AuthSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Mode != AuthMode.Accounts) return services.AddSingleton<ICaller, LocalCaller>();
        services.AddHttpContextAccessor();
        return services.AddScoped<ICaller, AccountCaller>();
    }

    public static IServiceCollection AddAccounts(this IServiceCollection services, AccountOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddAuthentication(IdentityConstants.BearerScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, bearer =>
            {
                bearer.BearerTokenExpiration = options.AccessToken;
                bearer.RefreshTokenExpiration = options.RefreshToken;
            });
        services.AddAuthorization();
        services.AddIdentityCore<AccountUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = options.LockoutAttempts;
                identity.Lockout.DefaultLockoutTimeSpan = options.Lockout;
            })
            .AddSignInManager()
            .AddAccountStore()
            .AddApiEndpoints();
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(json => KeepIdentityWireNames(json.SerializerOptions));
        services.AddRateLimiter(limiter => limiter.AddPolicy(AuthRateLimit.Policy, new AuthRateLimit(options)));
        // Identity's own problems (a failed login, a locked-out account, a weak password) get our shape too (ADR 0039):
        // about:blank, the reason phrase as title, the contract's error and a code; their detail and errors stay.
        services.Configure<ProblemDetailsOptions>(problems => problems.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            if (problem.Extensions.ContainsKey("error")) return;
            var status = problem.Status ?? context.HttpContext.Response.StatusCode;
            var (message, code) = ApiProblems.ForStatus(status);
            problem.Type = ApiProblems.BlankType;
            problem.Title = Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
            problem.Detail ??= message;
            problem.Extensions["error"] = problem.Detail;
            problem.Extensions["code"] = code;
        });
        return services;
    }

    /// <summary>
    /// Identity's request and response bodies keep their camelCase names (<c>accessToken</c>, <c>refreshToken</c>,
    /// <c>newPassword</c>), so clients written against ASP.NET Core Identity work unchanged; our snake_case naming
    /// (contract §1) applies to every other type.
    /// </summary>
    private static void KeepIdentityWireNames(JsonSerializerOptions options)
    {
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(type =>
        {
            if (type.Type.Namespace is not ("Microsoft.AspNetCore.Identity.Data" or "Microsoft.AspNetCore.Authentication.BearerToken")) return;
            foreach (var property in type.Properties)
                if (property.AttributeProvider is MemberInfo member) property.Name = JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        });
    }

    /// <summary>The bearer scheme in the OpenAPI document, required by every operation that needs a signed-in caller.</summary>
    public static Microsoft.AspNetCore.OpenApi.OpenApiOptions DescribeBearer(this Microsoft.AspNetCore.OpenApi.OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerSchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "The accessToken of POST /api/auth/login (or /api/auth/refresh).",
            };
            return Task.CompletedTask;
        });
        return options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerSchemeName, context.Document)] = [] });
            }
            return Task.CompletedTask;
        });
    }

    /// <summary>
    /// <c>/api/auth</c>: Identity's endpoints with their wire shapes (register, login, refresh, confirm and reset,
    /// manage/info, manage/2fa), and ours beside them — log out everywhere, delete the account.
    /// </summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").RequireCors(HttpSetup.CorsPolicy).WithTags("Auth");
        auth.MapIdentityApi<AccountUser>()
            .AddEndpointFilter(RefuseCookies)
            .Add(endpoint =>
            {
                if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: { } route }
                    && (route.EndsWith("/login", StringComparison.Ordinal) || route.EndsWith("/register", StringComparison.Ordinal)))
                    endpoint.Metadata.Add(new EnableRateLimitingAttribute(AuthRateLimit.Policy));
            });
        auth.MapPost("/logout-everywhere", AccountEndpoints.LogoutEverywhere).RequireAuthorization().WithName("LogoutEverywhere")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status401Unauthorized);
        auth.MapDelete("/account", AccountEndpoints.DeleteAccount).RequireAuthorization().WithName("DeleteAccount")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    // Tokens only: Identity's login would sign in with a cookie scheme this server does not register.
    private static async ValueTask<object?> RefuseCookies(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var query = context.HttpContext.Request.Query;
        if (IsTrue(query["useCookies"]) || IsTrue(query["useSessionCookies"]))
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "Cookie sign-in is not offered: use the bearer token", "cookies-not-offered");
        return await next(context);

        static bool IsTrue(string? value) => bool.TryParse(value, out var flag) && flag;
    }
}
