using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Programs;
using FractalGoals.Domain.Templates;
using Mediator;

namespace FractalGoals.Application.Programs.AttachBlockGoal;

/// <summary>The contract's order: block (404), goal id (400), goal of this fractal (404, Q-27), deadline (400).</summary>
internal sealed class AttachBlockGoalHandler(
    FractalScope fractal, IRepository<Goal> goals, IRepository<TrainingProgram> programs, IReadRepository<SessionTemplate> templates, TimeProvider clock)
    : ICommandHandler<AttachBlockGoalCommand, Result<BlockGoalAttachedResponse>>
{
    public async ValueTask<Result<BlockGoalAttachedResponse>> Handle(AttachBlockGoalCommand command, CancellationToken cancellationToken)
    {
        var owner = await ProgramLookup.BlockOwnerAsync(programs, fractal.RootId, command.ProgramId, command.BlockId, cancellationToken);
        if (!owner.IsSuccess) return owner.Failed<BlockGoalAttachedResponse>();
        var (program, blockId) = owner.Value!;
        if (string.IsNullOrEmpty(command.GoalId))
            return Result<BlockGoalAttachedResponse>.Invalid("Goal ID required");
        if (!GoalId.TryParse(command.GoalId, out var goalId)
            || await goals.FirstOrDefaultAsync(new GoalOfFractalSpec(fractal.RootId, goalId, forUpdate: true), cancellationToken) is not { } goal)
            return Result<BlockGoalAttachedResponse>.NotFound("Goal not found");
        DateOnly? deadline = null;
        if (!string.IsNullOrEmpty(command.Deadline))
        {
            if (!ClientTime.TryParseDate(command.Deadline[..Math.Min(10, command.Deadline.Length)], out var date))
                return Result<BlockGoalAttachedResponse>.Invalid("Invalid date format");
            deadline = date;
        }

        var block = program.AttachGoal(blockId, goal);
        if (deadline is not null) goal.SetDeadline(deadline, clock.LocalNow());
        var names = await ProgramReferences.TemplateNamesAsync(templates, fractal.RootId, [program], cancellationToken);
        return new BlockGoalAttachedResponse("Goal attached and updated", ProgramRendering.Render(block, names));
    }
}
