using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Goals.Specifications;
using FractalGoals.Domain.Templates;
using FractalGoals.Domain.Templates.Specifications;
using MapsterMapper;
using Mediator;

namespace FractalGoals.Application.Templates.ListTemplates;

internal sealed class ListTemplatesHandler(IReadRepository<Goal> goals, IReadRepository<SessionTemplate> templates, IMapper mapper)
    : IQueryHandler<ListTemplatesQuery, Result<IReadOnlyList<SessionTemplateResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<SessionTemplateResponse>>> Handle(ListTemplatesQuery query, CancellationToken cancellationToken)
    {
        if (TemplateIds.Root(query.RootId) is not { } rootId || !await goals.AnyAsync(new FractalRootSpec(rootId), cancellationToken))
            return Result<IReadOnlyList<SessionTemplateResponse>>.NotFound("Fractal not found");
        var list = await templates.ListAsync(new TemplatesOfFractalSpec(rootId), cancellationToken);
        return mapper.Map<List<SessionTemplateResponse>>(list);
    }
}
