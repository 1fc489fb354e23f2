using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using FractalGoals.Domain.Templates;
using Mediator;

namespace FractalGoals.Application.Goals.DeleteFractal;

internal sealed class DeleteFractalHandler(
    FractalScope fractal, IRepository<Goal> goals, IRepository<ActivityInstance> instances, IRepository<ActivityDefinition> activities,
    IRepository<ActivityGroup> groups, IRepository<SessionTemplate> templates, TimeProvider clock)
    : ICommandHandler<DeleteFractalCommand, Result<StatusMessageResponse>>
{
    public async ValueTask<Result<StatusMessageResponse>> Handle(DeleteFractalCommand command, CancellationToken cancellationToken)
    {
        var tree = await FractalTrees.LoadAsync(goals, fractal.Root, cancellationToken);

        var deletion = tree.Delete(fractal.RootId, clock.LocalNow());
        await new GoalDependants(instances, activities, groups, templates).HideAsync(deletion, cancellationToken);
        return StatusMessageResponse.Success("Fractal deleted");
    }
}
