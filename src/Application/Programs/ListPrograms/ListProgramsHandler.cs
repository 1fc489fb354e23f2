using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Programs.Specifications;
using FractalGoals.Domain.Programs;
using FractalGoals.Domain.Templates;
using Mediator;

namespace FractalGoals.Application.Programs.ListPrograms;

internal sealed class ListProgramsHandler(FractalScope fractal, IReadRepository<TrainingProgram> programs, IReadRepository<SessionTemplate> templates)
    : IQueryHandler<ListProgramsQuery, Result<IReadOnlyList<ProgramResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<ProgramResponse>>> Handle(ListProgramsQuery query, CancellationToken cancellationToken)
    {
        var list = await fractal.ListAsync(programs, new ProgramsOfFractalSpec(fractal.RootId), cancellationToken);
        var names = await ProgramReferences.TemplateNamesAsync(templates, fractal.RootId, list, cancellationToken);
        return list.Select(p => ProgramRendering.Render(p, names)).ToList();
    }
}
