using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Programs;
using FractalGoals.Application.Programs.Specifications;
using FractalGoals.Domain.Templates;
using Mediator;

namespace FractalGoals.Application.Programs.ListPrograms;

internal sealed class ListProgramsHandler(IReadRepository<TrainingProgram> programs, IReadRepository<SessionTemplate> templates)
    : IQueryHandler<ListProgramsQuery, Result<IReadOnlyList<ProgramResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<ProgramResponse>>> Handle(ListProgramsQuery query, CancellationToken cancellationToken)
    {
        if (ProgramIds.Goal(query.RootId) is not { } rootId
            || await programs.ListInLiveFractalAsync(rootId, new ProgramsOfFractalSpec(rootId), cancellationToken) is not { } list)
            return Result<IReadOnlyList<ProgramResponse>>.NotFound("Fractal not found");
        var names = await ProgramReferences.TemplateNamesAsync(templates, rootId, list, cancellationToken);
        return list.Select(p => ProgramRendering.Render(p, names)).ToList();
    }
}
