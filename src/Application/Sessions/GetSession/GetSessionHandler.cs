using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using Mediator;

namespace FractalGoals.Application.Sessions.GetSession;

/// <summary>
/// The list's own renderer for one session (the paged list's: the fractal's goals for children and links, the
/// instances of this session only); three queries. Another fractal's or a deleted session is not among the goals read.
/// </summary>
internal sealed class GetSessionHandler(FractalScope fractal, IReadRepository<ActivityInstance> instances, IReadRepository<ActivityDefinition> activities)
    : IQueryHandler<GetSessionQuery, Result<GoalNode>>
{
    public async ValueTask<Result<GoalNode>> Handle(GetSessionQuery query, CancellationToken cancellationToken)
    {
        var members = (await fractal.ReadLiveGoalsAsync(cancellationToken)).Goals;
        if (!GoalId.TryParse(query.SessionId, out var sessionId) || members.FirstOrDefault(g => g.Id == sessionId && g.IsSession) is not { } session)
            return Result<GoalNode>.NotFound(SessionMessages.SessionNotFound);

        var renderer = await SessionViews.RendererAsync(fractal.RootId, members, [session.Id], instances, activities, cancellationToken);
        return Result<GoalNode>.Ok(renderer.Node(session)).At(session.UpdatedAt);
    }
}
