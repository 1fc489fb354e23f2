using Ardalis.Specification;
using FractalGoals.Domain.Sessions;

namespace FractalGoals.Application.Sessions.Specifications;

/// <summary>Any instance with this id, deleted or of another fractal: ids are one key space, so the id is taken .</summary>
public sealed class InstanceIdTakenSpec : Specification<ActivityInstance>
{
    public InstanceIdTakenSpec(ActivityInstanceId id) =>
        Query.Where(i => i.Id == id).IgnoreQueryFilters();
}
