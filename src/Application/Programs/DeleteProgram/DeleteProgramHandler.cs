using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Goals.Specifications;
using FractalGoals.Domain.Programs;
using FractalGoals.Domain.Programs.Specifications;
using Mediator;

namespace FractalGoals.Application.Programs.DeleteProgram;

internal sealed class DeleteProgramHandler(IReadRepository<Goal> goals, IRepository<TrainingProgram> programs)
    : ICommandHandler<DeleteProgramCommand, Result<ProgramsMessageResponse>>
{
    public async ValueTask<Result<ProgramsMessageResponse>> Handle(DeleteProgramCommand command, CancellationToken cancellationToken)
    {
        if (ProgramIds.Goal(command.RootId) is not { } rootId || !await goals.AnyAsync(new FractalRootSpec(rootId), cancellationToken))
            return Result<ProgramsMessageResponse>.NotFound("Fractal not found");
        if (ProgramIds.Program(command.ProgramId) is not { } programId
            || await programs.FirstOrDefaultAsync(new ProgramOfFractalSpec(rootId, programId, forUpdate: true), cancellationToken) is not { } program)
            return Result<ProgramsMessageResponse>.NotFound("Program not found");
        programs.Remove(program);   // its blocks, days and sessions are loaded with it and go too
        return new ProgramsMessageResponse("Program deleted successfully");
    }
}
