using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using Mediator;

namespace FractalGoals.Application.Common.Behaviors;

/// <summary>
/// Outermost for a command (ADR 0042): the whole command — gate, validation, handler, events, save — runs in one write
/// transaction, so what it read is what it writes on. When the database still refuses the save because a concurrent
/// writer won (a unique violation, or a row that changed under an optimistic token), the attempt is thrown away and
/// the command runs again from the gate on the rows that won: a second insert of a client id then meets the handler's
/// own "already exists" 409, a second metric value updates the first. After <see cref="Attempts"/> the refusal stands.
/// </summary>
public sealed class WriteTransactionBehavior<TMessage, TResponse>(IUnitOfWork unitOfWork, FractalScope fractal) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    public const int Attempts = 4;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var transaction = await unitOfWork.BeginWriteAsync(cancellationToken);
                var response = await next(message, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return response;
            }
            catch (Exception lost) when (attempt < Attempts && IsLostRace(lost))
            {
                unitOfWork.Discard();
                fractal.Leave();
            }
        }
    }

    private static bool IsLostRace(Exception exception) =>
        exception is ConcurrencyConflictException or ConstraintViolationException { Kind: ConstraintKind.Unique };
}
