using FractalGoals.Application.Common.Versions;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;

namespace FractalGoals.Api.Http;

/// <summary>
/// Optimistic concurrency over HTTP (ADR 0044). Every PUT, PATCH and DELETE of the API (and a POST marked
/// <see cref="HonoursIfMatch"/>, ADR 0050) reads <c>If-Match</c> into
/// the request's <see cref="WritePrecondition"/>; the unit of work holds it against the resource the command
/// changes and a mismatch is 412. Without the header nothing changes (the React client sends none). Single-resource
/// reads send the <c>ETag</c> their handler versioned (<see cref="ApiProblems.ToHttp{T}"/>).
/// </summary>
internal static class Preconditions
{
    private static readonly HashSet<string> Writes = [HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete];

    public static RouteGroupBuilder ReadIfMatch(this RouteGroupBuilder api) =>
        api.AddEndpointFilter(async (context, next) =>
        {
            var request = context.HttpContext.Request;
            if (request.Headers.IfMatch.Count == 0 || !IsConditional(context.HttpContext)) return await next(context);
            if (!EntityTagHeaderValue.TryParseList(request.Headers.IfMatch, out var tags) || tags.Count == 0)
                return ApiProblems.Problem(StatusCodes.Status400BadRequest, "If-Match must be * or a list of entity tags", "invalid-if-match");
            context.HttpContext.RequestServices.GetRequiredService<WritePrecondition>()
                .Require([.. tags.Select(t => t.ToString())], RouteIds(context.HttpContext));
            return await next(context);
        });

    // PUT, PATCH and DELETE, and the POSTs that change an existing resource (a goal's targets, ADR 0050).
    private static bool IsConditional(HttpContext context) =>
        Writes.Contains(context.Request.Method) || context.GetEndpoint()?.Metadata.GetMetadata<ConditionalPost>() is not null;

    /// <summary>
    /// Marks a POST that changes the resource its route names (adding a target changes the goal, ADR 0050): it honours
    /// <c>If-Match</c> against that resource like a PUT, and the OpenAPI document says so.
    /// </summary>
    public static RouteHandlerBuilder HonoursIfMatch(this RouteHandlerBuilder builder) => builder.WithMetadata(ConditionalPost.Instance);

    private sealed class ConditionalPost
    {
        public static readonly ConditionalPost Instance = new();
    }

    // The route's ids, most specific first: the last parameter of the pattern names the resource itself.
    private static string[] RouteIds(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint { RoutePattern: var pattern }
            ? [.. pattern.Parameters.Reverse().Select(p => context.GetRouteValue(p.Name) as string).OfType<string>()]
            : [];

    /// <summary>Marks a single-resource read whose handler versions its answer: the OpenAPI document names its <c>ETag</c>.</summary>
    public static RouteHandlerBuilder Versioned(this RouteHandlerBuilder builder) => builder.WithMetadata(VersionedRead.Instance);

    private sealed class VersionedRead
    {
        public static readonly VersionedRead Instance = new();
    }

    /// <summary>The OpenAPI document says it: writes take an optional <c>If-Match</c> and may answer 412; versioned reads send an <c>ETag</c>.</summary>
    public static OpenApiOptions DescribePreconditions(this OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.HttpMethod is { } method
                && (Writes.Contains(method) || context.Description.ActionDescriptor.EndpointMetadata.OfType<ConditionalPost>().Any()))
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = HeaderNames.IfMatch,
                    In = ParameterLocation.Header,
                    Required = false,
                    Description = "Apply the change only if the resource is still at this version: `*` or the strong ETag "
                        + "`\"<updated_at>\"` (its `updated_at` exactly as a response carried it). A mismatch answers 412 and changes nothing.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                });
                operation.Responses ??= [];
                // The same problem+json body as every other refusal of a write (each write documents its 409).
                var problem = operation.Responses.TryGetValue("409", out var conflict) ? conflict.Content : null;
                operation.Responses.TryAdd("412", new OpenApiResponse { Description = "If-Match named another version; nothing was changed", Content = problem });
            }
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<VersionedRead>().Any()
                && operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse success)
            {
                success.Headers ??= new Dictionary<string, IOpenApiHeader>();
                success.Headers[HeaderNames.ETag] = new OpenApiHeader
                {
                    Description = "The resource's version, `\"<updated_at>\"`: send it back in `If-Match` to change the resource only if nobody else has.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
            }
            return Task.CompletedTask;
        });
    }
}
