using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Templates;
using FractalGoals.Domain.Templates.Specifications;
using MapsterMapper;
using Mediator;

namespace FractalGoals.Application.Templates.ListTemplates;

internal sealed class ListTemplatesHandler(IReadRepository<SessionTemplate> templates, IMapper mapper)
    : IQueryHandler<ListTemplatesQuery, Result<IReadOnlyList<SessionTemplateResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<SessionTemplateResponse>>> Handle(ListTemplatesQuery query, CancellationToken cancellationToken)
    {
        if (TemplateIds.Root(query.RootId) is not { } rootId
            || await templates.ListInLiveFractalAsync(rootId, new TemplatesOfFractalSpec(rootId), cancellationToken) is not { } list)
            return Result<IReadOnlyList<SessionTemplateResponse>>.NotFound("Fractal not found");
        return mapper.Map<List<SessionTemplateResponse>>(list);
    }
}
