using FluentValidation;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Versions;
using FractalGoals.Domain.Common;
using Microsoft.AspNetCore.Diagnostics;

namespace FractalGoals.Api.Http;

/// <summary>Every exception leaves as the one problem shape; a 500 never carries exception text or SQL.</summary>
internal sealed partial class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException ve => ApiProblems.Problem(400, ve.Errors.FirstOrDefault()?.ErrorMessage ?? "Invalid request", "validation"),
            DomainRuleViolationException rule => ApiProblems.Problem(400, rule.Message, rule.Code),
            BadHttpRequestException { StatusCode: not StatusCodes.Status400BadRequest } refused => ApiProblems.StatusProblem(refused.StatusCode),
            // Every refusal of a request body is a BadHttpRequestException (RequestBody, binding). A JsonException is not
            // input: it is a response that could not be written, a server fault (ADR 0041), so it is a 500, logged.
            BadHttpRequestException => ApiProblems.Problem(400, "Invalid JSON body", "invalid-json"),
            FractalNotFoundException notFound => ApiProblems.Problem(404, notFound.Message, "not-found"),
            ConcurrencyConflictException conflict => ApiProblems.Problem(409, conflict.Message, "concurrency"),
            ConstraintViolationException refused => ApiProblems.Problem(409, refused.Message, "conflict"),
            PreconditionFailedException stale => ApiProblems.Problem(412, stale.Message, "precondition-failed"),
            _ => null,
        };
        if (problem is null)
        {
            LogUnhandled(exception);
            problem = ApiProblems.Problem(500, "Internal server error", "internal");
        }
        await problem.ExecuteAsync(httpContext);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception")]
    private partial void LogUnhandled(Exception exception);
}
