using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Templates.Specifications;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Templates;
using MapsterMapper;
using Mediator;

namespace FractalGoals.Application.Templates.UpdateTemplate;

internal sealed class UpdateTemplateHandler(FractalScope fractal, IRepository<SessionTemplate> templates, IMapper mapper, TimeProvider clock)
    : ICommandHandler<UpdateTemplateCommand, Result<SessionTemplateResponse>>
{
    public async ValueTask<Result<SessionTemplateResponse>> Handle(UpdateTemplateCommand command, CancellationToken cancellationToken)
    {
        if (!SessionTemplateId.TryParse(command.TemplateId, out var templateId)
            || await templates.FirstOrDefaultAsync(new TemplateOfFractalSpec(fractal.RootId, templateId, forUpdate: true), cancellationToken) is not { } template)
            return Result<SessionTemplateResponse>.NotFound("Template not found");
        var now = clock.LocalNow();
        if (command.Name is not null) template.Rename(command.Name, now);
        if (command.Description.IsPresent) template.Describe(command.Description.Value, now);
        if (command.TemplateData is not null) template.ReplaceData(JsonText.Parse(command.TemplateData, "template_data"), now);
        return mapper.Map<SessionTemplateResponse>(template);
    }
}
