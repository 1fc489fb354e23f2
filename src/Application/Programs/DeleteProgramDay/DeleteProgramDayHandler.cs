using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Programs;
using Mediator;

namespace FractalGoals.Application.Programs.DeleteProgramDay;

internal sealed class DeleteProgramDayHandler(FractalScope fractal, IRepository<TrainingProgram> programs)
    : ICommandHandler<DeleteProgramDayCommand, Result<ProgramsMessageResponse>>
{
    public async ValueTask<Result<ProgramsMessageResponse>> Handle(DeleteProgramDayCommand command, CancellationToken cancellationToken)
    {
        var owner = await ProgramLookup.BlockOwnerAsync(programs, fractal.RootId, command.ProgramId, command.BlockId, cancellationToken);
        if (!owner.IsSuccess) return owner.Failed<ProgramsMessageResponse>();
        if (owner.Value!.DayOf(command.DayId) is not { } dayId)
            return Result<ProgramsMessageResponse>.NotFound("Day not found");
        var (program, blockId) = owner.Value;
        program.DeleteDay(blockId, dayId);
        return new ProgramsMessageResponse("Day deleted");
    }
}
