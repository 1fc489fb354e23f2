using System.Text.Json;
using FractalGoals.Application.Common.Responses;
using FractalGoals.Application.Common.Results;
using ProblemDetails = Microsoft.AspNetCore.Mvc.ProblemDetails;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

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

    public static IResult Problem(int status, string message, string code) => TypedResults.Problem(Details(status, message, code));

    /// <summary>The problem body itself, for the one writer outside the app's pipeline (<see cref="KestrelRefusals"/>).</summary>
    public static ProblemDetails Details(int status, string message, string code) => new()
    {
        Status = status,
        Title = ReasonPhrases.GetReasonPhrase(status),
        Detail = message,
        Type = BlankType,
        Extensions = { ["error"] = message, ["code"] = code },
    };

    /// <summary>The problem of a bare status, with the message and code <see cref="ForStatus"/> gives it.</summary>
    public static IResult StatusProblem(int status)
    {
        var (message, code) = ForStatus(status);
        return Problem(status, message, code);
    }

    /// <summary>The message and code of a bare status: an unknown route or method, or a request refused before routing.</summary>
    public static (string Message, string Code) ForStatus(int status) => status switch
    {
        401 => ("Authentication required: send a bearer token", "unauthorized"),
        403 => ("Forbidden", "forbidden"),
        404 => ("Not found", "not-found"),
        405 => ("Method not allowed", "method-not-allowed"),
        408 => ("Request timed out", "request-timeout"),
        413 => ("Request body too large", "body-too-large"),
        414 => ("Request URI too long", "uri-too-long"),
        415 => ("Content-Type must be application/json", "unsupported-media-type"),
        429 => ("Too many requests; try again later", "rate-limited"),
        431 => ("Request headers too large", "headers-too-large"),
        >= 500 => ("Internal server error", "internal"),
        _ => ("Bad request", "bad-request"),
    };

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
    // A record is serialized whole before the first byte is sent (ADR 0041), so a failure is a clean problem, never a
    // cut 200.
    private static IResult Json<T>(T? value, int status) =>
        value is WrittenJson written ? new StreamedJsonResult(written, status) : new BufferedJsonResult<T>(value, status);

    private sealed class BufferedJsonResult<T>(T? value, int status) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult, IValueHttpResult, IValueHttpResult<T>
    {
        public int? StatusCode => status;

        public string ContentType => "application/json; charset=utf-8";   // what TypedResults.Json sends

        public T? Value => value;

        object? IValueHttpResult.Value => value;

        public async Task ExecuteAsync(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            var bytes = JsonSerializer.SerializeToUtf8Bytes(value, options);
            httpContext.Response.StatusCode = status;
            httpContext.Response.ContentType = ContentType;
            await httpContext.Response.BodyWriter.WriteAsync(bytes, httpContext.RequestAborted);
        }
    }
}
