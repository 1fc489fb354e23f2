using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Goals.Specifications;
using FractalGoals.Domain.Templates;
using FractalGoals.Domain.Templates.Specifications;
using MapsterMapper;
using Mediator;

namespace FractalGoals.Application.Templates.GetTemplate;

internal sealed class GetTemplateHandler(IReadRepository<Goal> goals, IReadRepository<SessionTemplate> templates, IMapper mapper)
    : IQueryHandler<GetTemplateQuery, Result<SessionTemplateResponse>>
{
    public async ValueTask<Result<SessionTemplateResponse>> Handle(GetTemplateQuery query, CancellationToken cancellationToken)
    {
        if (TemplateIds.Root(query.RootId) is not { } rootId || !await goals.AnyAsync(new FractalRootSpec(rootId), cancellationToken))
            return Result<SessionTemplateResponse>.NotFound("Fractal not found");
        if (TemplateIds.Template(query.TemplateId) is not { } templateId
            || await templates.FirstOrDefaultAsync(new TemplateOfFractalSpec(rootId, templateId), cancellationToken) is not { } template)
            return Result<SessionTemplateResponse>.NotFound("Template not found");
        return mapper.Map<SessionTemplateResponse>(template);
    }
}
