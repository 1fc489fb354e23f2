namespace FractalGoals.Api.Http;

/// <summary>
/// What an endpoint answers, for the OpenAPI document: the success body and status, and the problem statuses a
/// read or a write can give (every problem is RFC 9457 with the contract's <c>error</c> and a stable <c>code</c>).
/// The legacy nested shapes (goal and session trees, instances) are JSON nodes, documented as objects or arrays.
/// </summary>
internal static class OpenApiConventions
{
    public static RouteHandlerBuilder Reads<T>(this RouteHandlerBuilder builder, bool canBeMissing = true)
    {
        builder.Produces<T>(StatusCodes.Status200OK);
        return canBeMissing ? builder.ProducesProblem(StatusCodes.Status404NotFound) : builder;
    }

    public static RouteHandlerBuilder Writes<T>(this RouteHandlerBuilder builder, int status = StatusCodes.Status200OK) =>
        builder.Produces<T>(status)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
}
