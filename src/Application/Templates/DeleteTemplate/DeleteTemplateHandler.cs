using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Templates.Specifications;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Templates;
using Mediator;

namespace FractalGoals.Application.Templates.DeleteTemplate;

internal sealed class DeleteTemplateHandler(FractalScope fractal, IRepository<SessionTemplate> templates, TimeProvider clock)
    : ICommandHandler<DeleteTemplateCommand, Result<TemplatesMessageResponse>>
{
    public async ValueTask<Result<TemplatesMessageResponse>> Handle(DeleteTemplateCommand command, CancellationToken cancellationToken)
    {
        if (!SessionTemplateId.TryParse(command.TemplateId, out var templateId)
            || await templates.FirstOrDefaultAsync(new TemplateOfFractalSpec(fractal.RootId, templateId, forUpdate: true), cancellationToken) is not { } template)
            return Result<TemplatesMessageResponse>.NotFound("Template not found");
        template.Delete(clock.LocalNow());
        return new TemplatesMessageResponse("Template deleted successfully");
    }
}
