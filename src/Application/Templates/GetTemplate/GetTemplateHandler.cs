using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Templates.Specifications;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Templates;
using MapsterMapper;
using Mediator;

namespace FractalGoals.Application.Templates.GetTemplate;

internal sealed class GetTemplateHandler(FractalScope fractal, IReadRepository<SessionTemplate> templates, IMapper mapper)
    : IQueryHandler<GetTemplateQuery, Result<SessionTemplateResponse>>
{
    public async ValueTask<Result<SessionTemplateResponse>> Handle(GetTemplateQuery query, CancellationToken cancellationToken)
    {
        if (!SessionTemplateId.TryParse(query.TemplateId, out var templateId)
            || await templates.FirstOrDefaultAsync(new TemplateOfFractalSpec(fractal.RootId, templateId), cancellationToken) is not { } template)
            return Result<SessionTemplateResponse>.NotFound("Template not found");
        return Result<SessionTemplateResponse>.Ok(mapper.Map<SessionTemplateResponse>(template)).At(template.UpdatedAt);
    }
}
