using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Programs;
using Mediator;

namespace FractalGoals.Application.Programs.DeleteProgram;

internal sealed class DeleteProgramHandler(FractalScope fractal, IRepository<TrainingProgram> programs)
    : ICommandHandler<DeleteProgramCommand, Result<ProgramsMessageResponse>>
{
    public async ValueTask<Result<ProgramsMessageResponse>> Handle(DeleteProgramCommand command, CancellationToken cancellationToken)
    {
        var found = await ProgramLookup.ProgramAsync(programs, fractal.RootId, command.ProgramId, forUpdate: true, cancellationToken);
        if (!found.IsSuccess) return found.Failed<ProgramsMessageResponse>();
        programs.Remove(found.Value!);   // its blocks, days and sessions are loaded with it and go too
        return new ProgramsMessageResponse("Program deleted successfully");
    }
}
