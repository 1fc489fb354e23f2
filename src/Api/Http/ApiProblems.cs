using FractalGoals.Application.Common.Responses;
using FractalGoals.Application.Common.Results;
using Microsoft.AspNetCore.WebUtilities;

namespace FractalGoals.Api.Http;

/// <summary>
/// The only place that builds an error body: RFC 9457 problem+json that also carries the contract's <c>error</c>
/// member (the React client reads <c>response.data.error</c>) and a stable <c>code</c> (ADR 0006). The
/// <c>type</c> is <c>about:blank</c>, so the <c>title</c> is the status's reason phrase: <c>code</c> tells problems
/// apart, and we publish no pages a type URI could point at (ADR 0039).
/// </summary>
internal static class ApiProblems
{
    public const string BlankType = "about:blank";

    public static IResult Problem(int status, string message, string code) =>
        TypedResults.Problem(
            statusCode: status,
            title: ReasonPhrases.GetReasonPhrase(status),
            detail: message,
            type: BlankType,
            extensions: new Dictionary<string, object?> { ["error"] = message, ["code"] = code });

    /// <summary>Maps a use case's outcome: 200/201 with the value, or the problem the contract names.</summary>
    public static IResult ToHttp<T>(this Result<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Status switch
        {
            ResultStatus.Ok when result.Version is { } version => new TaggedResult(Json(result.Value, StatusCodes.Status200OK), version.Tag),
            ResultStatus.Ok => Json(result.Value, StatusCodes.Status200OK),
            ResultStatus.Created => Json(result.Value, StatusCodes.Status201Created),
            ResultStatus.NotFound => Problem(StatusCodes.Status404NotFound, result.Error ?? "Not found", "not-found"),
            ResultStatus.Conflict => Problem(StatusCodes.Status409Conflict, result.Error ?? "Conflict", "conflict"),
            _ => Problem(StatusCodes.Status400BadRequest, result.Error ?? "Bad request", "invalid"),
        };
    }

    // A versioned read sends its ETag (ADR 0044); the header is set before the body, streamed or not, starts.
    private sealed class TaggedResult(IResult inner, string tag) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            httpContext.Response.Headers.ETag = tag;
            return inner.ExecuteAsync(httpContext);
        }
    }

    // The one exit of a success (ADR 0040): a response that writes itself streams; a record goes through the serializer.
    private static IResult Json<T>(T? value, int status) =>
        value is WrittenJson written ? new StreamedJsonResult(written, status) : TypedResults.Json(value, statusCode: status);
}
