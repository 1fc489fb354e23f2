using FractalGoals.Application.Activities.Specifications;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Activities;
using MapsterMapper;
using Mediator;

namespace FractalGoals.Application.Activities.GetActivity;

/// <summary>Mapped by the list's map; a retired (soft-deleted) or another fractal's activity is "Activity not found", as #33 and #34 word it.</summary>
internal sealed class GetActivityHandler(FractalScope fractal, IReadRepository<ActivityDefinition> activities, IMapper mapper)
    : IQueryHandler<GetActivityQuery, Result<ActivityResponse>>
{
    public async ValueTask<Result<ActivityResponse>> Handle(GetActivityQuery query, CancellationToken cancellationToken)
    {
        if (!ActivityDefinitionId.TryParse(query.ActivityId, out var activityId)
            || await activities.FirstOrDefaultAsync(new ActivityOfFractalSpec(fractal.RootId, activityId), cancellationToken) is not { } activity)
            return Result<ActivityResponse>.NotFound("Activity not found");
        return Result<ActivityResponse>.Ok(mapper.Map<ActivityResponse>(activity)).At(activity.UpdatedAt);
    }
}
