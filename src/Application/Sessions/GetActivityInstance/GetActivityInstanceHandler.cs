using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.ReadModels;
using FractalGoals.Application.Sessions.Specifications;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using Mediator;

namespace FractalGoals.Application.Sessions.GetActivityInstance;

/// <summary>
/// The list's selection for one id: a live instance of this fractal whose session is a live session of this fractal
/// (#40 selects through the sessions), rendered by the list's renderer with the list's activity names.
/// </summary>
internal sealed class GetActivityInstanceHandler(
    FractalScope fractal, IReadRepository<Goal> goals, IReadRepository<ActivityInstance> instances, IReadRepository<ActivityDefinition> activities)
    : IQueryHandler<GetActivityInstanceQuery, Result<ActivityInstanceNode>>
{
    public async ValueTask<Result<ActivityInstanceNode>> Handle(GetActivityInstanceQuery query, CancellationToken cancellationToken)
    {
        if (!ActivityInstanceId.TryParse(query.InstanceId, out var instanceId)
            || await instances.FirstOrDefaultAsync(new InstanceOfFractalSpec(fractal.RootId, instanceId), cancellationToken) is not { } instance
            || !await goals.AnyAsync(new SessionOfFractalSpec(fractal.RootId, instance.PracticeSessionId), cancellationToken))
            return Result<ActivityInstanceNode>.NotFound(SessionMessages.InstanceNotFound);

        var lookup = await SessionViews.LookupAsync(fractal.RootId, activities, cancellationToken);
        return Result<ActivityInstanceNode>.Ok(InstanceJson.Node(instance, lookup)).At(instance.UpdatedAt);
    }
}
