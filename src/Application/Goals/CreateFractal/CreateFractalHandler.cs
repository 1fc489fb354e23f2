using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Goals;
using Mediator;

namespace FractalGoals.Application.Goals.CreateFractal;

internal sealed class CreateFractalHandler(IRepository<Goal> goals, TimeProvider clock)
    : ICommandHandler<CreateFractalCommand, Result<GoalNode>>
{
    public ValueTask<Result<GoalNode>> Handle(CreateFractalCommand command, CancellationToken cancellationToken)
    {
        var type = command.Type is null ? GoalType.UltimateGoal : Enum.Parse<GoalType>(command.Type);
        var root = Goal.CreateFractal(command.Name, command.Description, type, clock.LocalNow());
        goals.Add(root);
        return ValueTask.FromResult(Result<GoalNode>.Created(GoalViews.Standalone().Node(root, describedAtTop: true)));
    }
}
