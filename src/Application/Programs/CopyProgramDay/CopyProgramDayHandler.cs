using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Programs;
using Mediator;

namespace FractalGoals.Application.Programs.CopyProgramDay;

internal sealed class CopyProgramDayHandler(FractalScope fractal, IRepository<TrainingProgram> programs)
    : ICommandHandler<CopyProgramDayCommand, Result<ProgramsMessageResponse>>
{
    public async ValueTask<Result<ProgramsMessageResponse>> Handle(CopyProgramDayCommand command, CancellationToken cancellationToken)
    {
        var owner = await ProgramLookup.BlockOwnerAsync(programs, fractal.RootId, command.ProgramId, command.BlockId, cancellationToken);
        if (!owner.IsSuccess) return owner.Failed<ProgramsMessageResponse>();
        if (owner.Value!.DayOf(command.DayId) is not { } dayId)
            return Result<ProgramsMessageResponse>.NotFound("Source day not found");
        var (program, blockId) = owner.Value;
        var copies = program.CopyDay(blockId, dayId, includeSourceBlock: (command.TargetMode ?? "all") != "all");
        return new ProgramsMessageResponse($"Copied to {copies.Count} blocks");
    }
}
