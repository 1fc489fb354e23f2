using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Programs;
using Mediator;

namespace FractalGoals.Application.Programs.DeleteProgramDay;

internal sealed class DeleteProgramDayHandler(IReadRepository<Goal> goals, IRepository<TrainingProgram> programs)
    : ICommandHandler<DeleteProgramDayCommand, Result<ProgramsMessageResponse>>
{
    public async ValueTask<Result<ProgramsMessageResponse>> Handle(DeleteProgramDayCommand command, CancellationToken cancellationToken)
    {
        var owner = await ProgramLookup.BlockOwnerAsync(goals, programs, command.RootId, command.ProgramId, command.BlockId, cancellationToken);
        if (!owner.IsSuccess) return owner.Failed<ProgramsMessageResponse>();
        var program = owner.Value!;
        if (ProgramLookup.DayOf(program, command.BlockId, command.DayId) is not { } at)
            return Result<ProgramsMessageResponse>.NotFound("Day not found");
        var (blockId, dayId) = at;
        program.DeleteDay(blockId, dayId);
        return new ProgramsMessageResponse("Day deleted");
    }
}
