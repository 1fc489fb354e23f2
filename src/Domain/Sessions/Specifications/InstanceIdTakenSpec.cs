using FractalGoals.Domain.Common.Specifications;

namespace FractalGoals.Domain.Sessions.Specifications;

/// <summary>Any instance with this id, deleted or of another fractal: ids are one key space, so the id is taken .</summary>
public sealed class InstanceIdTakenSpec : Specification<ActivityInstance>
{
    public InstanceIdTakenSpec(ActivityInstanceId id) =>
        Query.Where(i => i.Id == id).IgnoreQueryFilter(SoftDeleteFilter.Name);
}
