using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Programs.AttachBlockGoal;

/// <summary>
/// <c>POST …/programs/{program_id}/blocks/{block_id}/goals</c> (contract #54): appends the goal to the block and,
/// when <see cref="Deadline"/> is given, sets the goal's deadline to its date (first 10 characters).
/// </summary>
public sealed record AttachBlockGoalCommand(string RootId, string ProgramId, string BlockId, string? GoalId, string? Deadline)
    : IFractalRequest, ICommand<Result<BlockGoalAttachedResponse>>;
