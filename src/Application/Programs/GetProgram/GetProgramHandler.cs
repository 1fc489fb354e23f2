using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Programs;
using FractalGoals.Domain.Templates;
using Mediator;

namespace FractalGoals.Application.Programs.GetProgram;

internal sealed class GetProgramHandler(FractalScope fractal, IReadRepository<TrainingProgram> programs, IReadRepository<SessionTemplate> templates)
    : IQueryHandler<GetProgramQuery, Result<ProgramResponse>>
{
    public async ValueTask<Result<ProgramResponse>> Handle(GetProgramQuery query, CancellationToken cancellationToken)
    {
        var found = await ProgramLookup.ProgramAsync(programs, fractal.RootId, query.ProgramId, forUpdate: false, cancellationToken);
        if (!found.IsSuccess) return found.Failed<ProgramResponse>();
        var names = await ProgramReferences.TemplateNamesAsync(templates, fractal.RootId, [found.Value!], cancellationToken);
        return Result<ProgramResponse>.Ok(ProgramRendering.Render(found.Value!, names)).At(found.Value!.UpdatedAt);
    }
}
