using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Programs;
using Mediator;

namespace FractalGoals.Application.Programs.CopyProgramDay;

internal sealed class CopyProgramDayHandler(IReadRepository<Goal> goals, IRepository<TrainingProgram> programs)
    : ICommandHandler<CopyProgramDayCommand, Result<ProgramsMessageResponse>>
{
    public async ValueTask<Result<ProgramsMessageResponse>> Handle(CopyProgramDayCommand command, CancellationToken cancellationToken)
    {
        var owner = await ProgramLookup.BlockOwnerAsync(goals, programs, command.RootId, command.ProgramId, command.BlockId, cancellationToken);
        if (!owner.IsSuccess) return owner.Failed<ProgramsMessageResponse>();
        var program = owner.Value!;
        if (ProgramLookup.DayOf(program, command.BlockId, command.DayId) is not { } at)
            return Result<ProgramsMessageResponse>.NotFound("Source day not found");
        var (blockId, dayId) = at;
        var copies = program.CopyDay(blockId, dayId, includeSourceBlock: (command.TargetMode ?? "all") != "all");
        return new ProgramsMessageResponse($"Copied to {copies.Count} blocks");
    }
}
