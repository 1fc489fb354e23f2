using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Programs;
using FractalGoals.Domain.Templates;
using Mediator;

namespace FractalGoals.Application.Programs.GetProgram;

internal sealed class GetProgramHandler(IReadRepository<Goal> goals, IReadRepository<TrainingProgram> programs, IReadRepository<SessionTemplate> templates)
    : IQueryHandler<GetProgramQuery, Result<ProgramResponse>>
{
    public async ValueTask<Result<ProgramResponse>> Handle(GetProgramQuery query, CancellationToken cancellationToken)
    {
        var found = await ProgramLookup.ProgramAsync(goals, programs, query.RootId, query.ProgramId, forUpdate: false, cancellationToken);
        if (!found.IsSuccess) return found.Failed<ProgramResponse>();
        var (program, rootId) = (found.Value!, found.Value!.RootId);
        var names = await ProgramReferences.TemplateNamesAsync(templates, rootId, [program], cancellationToken);
        return ProgramRendering.Render(program, names);
    }
}
