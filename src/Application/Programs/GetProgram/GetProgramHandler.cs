using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Goals.Specifications;
using FractalGoals.Domain.Programs;
using FractalGoals.Domain.Programs.Specifications;
using FractalGoals.Domain.Templates;
using Mediator;

namespace FractalGoals.Application.Programs.GetProgram;

internal sealed class GetProgramHandler(IReadRepository<Goal> goals, IReadRepository<TrainingProgram> programs, IReadRepository<SessionTemplate> templates)
    : IQueryHandler<GetProgramQuery, Result<ProgramResponse>>
{
    public async ValueTask<Result<ProgramResponse>> Handle(GetProgramQuery query, CancellationToken cancellationToken)
    {
        if (ProgramIds.Goal(query.RootId) is not { } rootId || !await goals.AnyAsync(new FractalRootSpec(rootId), cancellationToken))
            return Result<ProgramResponse>.NotFound("Fractal not found");
        if (ProgramIds.Program(query.ProgramId) is not { } programId
            || await programs.FirstOrDefaultAsync(new ProgramOfFractalSpec(rootId, programId), cancellationToken) is not { } program)
            return Result<ProgramResponse>.NotFound("Program not found");
        var names = await ProgramReferences.TemplateNamesAsync(templates, rootId, [program], cancellationToken);
        return ProgramRendering.Render(program, names);
    }
}
