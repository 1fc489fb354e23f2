using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Application.Sessions.Specifications;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using Mediator;

namespace FractalGoals.Application.Sessions.DeleteSession;

/// <summary>One delete instant hides the session, its immediate goals (through the tree) and its activity instances.</summary>
internal sealed class DeleteSessionHandler(FractalScope fractal, IRepository<Goal> goals, IRepository<ActivityInstance> instances, TimeProvider clock)
    : ICommandHandler<DeleteSessionCommand, Result<MessageResponse>>
{
    public async ValueTask<Result<MessageResponse>> Handle(DeleteSessionCommand command, CancellationToken cancellationToken)
    {
        var members = await goals.ListAsync(new FractalTreeSpec(fractal.RootId), cancellationToken);
        if (!GoalId.TryParse(command.SessionId, out var sessionId) || !members.Any(g => g.Id == sessionId && g.IsSession && !g.IsDeleted))
            return Result<MessageResponse>.NotFound(SessionMessages.SessionNotFound);

        var tree = new GoalTree(members.Single(g => g.Id == fractal.RootId), members);
        var deletion = tree.Delete(sessionId, clock.LocalNow());
        foreach (var instance in await instances.ListAsync(new InstancesOfSessionIncludingDeletedSpec(fractal.RootId, sessionId), cancellationToken))
            instance.HideWith(deletion);
        return new MessageResponse("Practice session deleted successfully");
    }
}
