using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FractalGoals.Api.Http;

/// <summary>
/// The OpenAPI document's problem schema says what <see cref="ApiProblems"/> writes: <c>type</c> is always
/// <c>about:blank</c>, and the members a client reads, <c>error</c> and <c>code</c>, are named (ADR 0039).
/// </summary>
internal static class ProblemSchema
{
    public static OpenApiOptions DescribeProblems(this OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.AddSchemaTransformer((schema, context, _) =>
        {
            if (context.JsonTypeInfo.Type == typeof(ProblemDetails))
            {
                schema.Description = "RFC 9457 problem. `type` is always `about:blank` and `title` the status's reason phrase; `code` tells problems apart.";
                schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
                schema.Properties["error"] = Text("The message the API contract specifies (the React client reads it); the same as `detail`.");
                schema.Properties["code"] = Text("Stable, machine-readable problem code, e.g. `not-found`, `validation`, `goals.not_next_level`.");
            }
            return Task.CompletedTask;
        });
    }

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
}
