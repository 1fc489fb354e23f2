using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Templates.Specifications;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Templates;
using MapsterMapper;
using Mediator;

namespace FractalGoals.Application.Templates.ListTemplates;

internal sealed class ListTemplatesHandler(FractalScope fractal, IReadRepository<SessionTemplate> templates, IMapper mapper)
    : IQueryHandler<ListTemplatesQuery, Result<IReadOnlyList<SessionTemplateResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<SessionTemplateResponse>>> Handle(ListTemplatesQuery query, CancellationToken cancellationToken)
    {
        var list = await fractal.ListAsync(templates, new TemplatesOfFractalSpec(fractal.RootId), cancellationToken);
        return mapper.Map<List<SessionTemplateResponse>>(list);
    }
}
