using FractalGoals.Application.Common.Events;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Common.Behaviors;

/// <summary>
/// Commits once, after a command's handler succeeded; a not-found or invalid answer saves nothing. The domain events
/// are handled first, inside the same unit of work, so a failing handler leaves the command unsaved (ADR 0037).
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(IUnitOfWork unitOfWork, DomainEventDispatcher events) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        var response = await next(message, cancellationToken);
        if (response is IResultStatus { Status: not (ResultStatus.Ok or ResultStatus.Created) }) return response;
        await events.DispatchAsync(cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return response;
    }
}
