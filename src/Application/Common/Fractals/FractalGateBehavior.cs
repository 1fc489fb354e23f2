using Mediator;

namespace FractalGoals.Application.Common.Fractals;

/// <summary>
/// The one way into a fractal (ADR 0036): first in the pipeline, so an unknown fractal answers 404 before any
/// validation, lookup or write, on every route with a <c>{root_id}</c>.
/// </summary>
public sealed class FractalGateBehavior<TMessage, TResponse>(FractalScope scope) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage, IFractalRequest
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        // A command gets the root tracked: it may be the very goal it changes, or the parent of what it creates.
        await scope.EnterAsync(message.RootId, lookUp: message is not IFoldedFractalRead, forUpdate: message is IBaseCommand,
            includingDeleted: message is IRestoringFractalRequest { EntersDeletedFractal: true }, cancellationToken);
        return await next(message, cancellationToken);
    }
}
