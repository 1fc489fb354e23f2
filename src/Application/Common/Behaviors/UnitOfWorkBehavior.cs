using FractalGoals.Application.Common.Events;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Common.Versions;
using Mediator;

namespace FractalGoals.Application.Common.Behaviors;

/// <summary>
/// Commits once, after a command's handler succeeded; a not-found or invalid answer saves nothing. The domain events
/// are handled first, inside the same unit of work, so a failing handler leaves the command unsaved (ADR 0037); before
/// them, the request's If-Match (ADR 0044).
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(IUnitOfWork unitOfWork, DomainEventDispatcher events, WritePrecondition precondition)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        var response = await next(message, cancellationToken);
        if (response is IResultStatus { Status: not (ResultStatus.Ok or ResultStatus.Created) }) return response;
        // If-Match is held against the resource as this command read it (ADR 0044): a 404 or 400 comes first, as RFC
        // 9110 §13.2.2 orders them, and a resource without a version the command loaded matches nothing.
        if (precondition.IsSet && unitOfWork.StoredVersionOf(precondition.ResourceIds)?.MatchesAny(precondition.IfMatch) != true)
            throw new PreconditionFailedException();
        await events.DispatchAsync(cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return response;
    }
}
