using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Application.ReadModels;
using FractalGoals.Application.Sessions.Specifications;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using Mediator;

namespace FractalGoals.Application.Sessions.RestoreSession;

/// <summary>
/// Brings back the rows the session's delete stamped — immediate goals and instances deleted earlier on their own
/// stay deleted. Answers the restored SessionNode.
/// </summary>
internal sealed class RestoreSessionHandler(FractalScope fractal, IRepository<Goal> goals, IRepository<ActivityInstance> instances, IReadRepository<ActivityDefinition> activities)
    : ICommandHandler<RestoreSessionCommand, Result<GoalNode>>
{
    public async ValueTask<Result<GoalNode>> Handle(RestoreSessionCommand command, CancellationToken cancellationToken)
    {
        var members = await goals.ListAsync(new FractalTreeSpec(fractal.RootId), cancellationToken);
        if (!GoalId.TryParse(command.SessionId, out var sessionId) || members.FirstOrDefault(g => g.Id == sessionId && g.IsSession) is not { } session)
            return Result<GoalNode>.NotFound(SessionMessages.SessionNotFound);
        if (!session.IsDeleted)   // 409 like a goal's: a second restore of the same delete conflicts with the first
            return Result<GoalNode>.Conflict(SessionMessages.SessionNotDeleted);

        var restoration = new GoalTree(members.Single(g => g.Id == fractal.RootId), members).Restore(sessionId);
        var sessionInstances = await instances.ListAsync(new InstancesOfSessionIncludingDeletedSpec(fractal.RootId, sessionId), cancellationToken);
        sessionInstances.ForEach(i => i.RevealWith(restoration));

        var nodes = new GoalNodeJson(members.Where(g => !g.IsDeleted), sessionInstances.Where(i => !i.IsDeleted).OrderBy(i => i.CreatedAt).Select(InstanceView.Of),
            await SessionViews.LookupAsync(fractal.RootId, activities, cancellationToken));
        return nodes.Node(session);
    }
}
