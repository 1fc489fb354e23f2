using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Application.Sessions.Specifications;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using Mediator;

namespace FractalGoals.Application.Sessions.RemoveSessionActivity;

/// <summary>The session JSON is not touched: the client removes the id from <c>activity_ids</c> itself.</summary>
internal sealed class RemoveSessionActivityHandler(FractalScope fractal, IRepository<ActivityInstance> instances, TimeProvider clock)
    : ICommandHandler<RemoveSessionActivityCommand, Result<MessageResponse>>
{
    public async ValueTask<Result<MessageResponse>> Handle(RemoveSessionActivityCommand command, CancellationToken cancellationToken)
    {
        if (!GoalId.TryParse(command.SessionId, out var sessionId) || !ActivityInstanceId.TryParse(command.InstanceId, out var instanceId)
            || await instances.FirstOrDefaultAsync(new InstanceOfSessionSpec(fractal.RootId, sessionId, instanceId, forUpdate: true), cancellationToken) is not { } instance)
            return Result<MessageResponse>.NotFound(SessionMessages.InstanceNotFound);

        instance.Delete(clock.LocalNow());
        return new MessageResponse("Activity instance deleted successfully");
    }
}
