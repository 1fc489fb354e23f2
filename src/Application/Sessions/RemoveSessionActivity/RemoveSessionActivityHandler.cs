using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Goals;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Domain.Sessions;
using FractalGoals.Application.Sessions.Specifications;
using Mediator;

namespace FractalGoals.Application.Sessions.RemoveSessionActivity;

/// <summary>The session JSON is not touched: the client removes the id from <c>activity_ids</c> itself.</summary>
internal sealed class RemoveSessionActivityHandler(IReadRepository<Goal> goals, IRepository<ActivityInstance> instances, TimeProvider clock)
    : ICommandHandler<RemoveSessionActivityCommand, Result<MessageResponse>>
{
    public async ValueTask<Result<MessageResponse>> Handle(RemoveSessionActivityCommand command, CancellationToken cancellationToken)
    {
        if (!SessionIds.TryGoal(command.RootId, out var rootId) || !await goals.AnyAsync(new FractalRootSpec(rootId), cancellationToken))
            return Result<MessageResponse>.NotFound(SessionMessages.FractalNotFound);
        if (!SessionIds.TryGoal(command.SessionId, out var sessionId) || !SessionIds.TryInstance(command.InstanceId, out var instanceId)
            || await instances.FirstOrDefaultAsync(new InstanceOfSessionSpec(rootId, sessionId, instanceId, forUpdate: true), cancellationToken) is not { } instance)
            return Result<MessageResponse>.NotFound(SessionMessages.InstanceNotFound);

        instance.Delete(clock.LocalNow());
        return new MessageResponse("Activity instance deleted successfully");
    }
}
