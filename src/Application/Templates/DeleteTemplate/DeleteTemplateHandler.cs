using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Goals.Specifications;
using FractalGoals.Domain.Templates;
using FractalGoals.Domain.Templates.Specifications;
using Mediator;

namespace FractalGoals.Application.Templates.DeleteTemplate;

internal sealed class DeleteTemplateHandler(IReadRepository<Goal> goals, IRepository<SessionTemplate> templates, TimeProvider clock)
    : ICommandHandler<DeleteTemplateCommand, Result<TemplatesMessageResponse>>
{
    public async ValueTask<Result<TemplatesMessageResponse>> Handle(DeleteTemplateCommand command, CancellationToken cancellationToken)
    {
        if (TemplateIds.Root(command.RootId) is not { } rootId || !await goals.AnyAsync(new FractalRootSpec(rootId), cancellationToken))
            return Result<TemplatesMessageResponse>.NotFound("Fractal not found");
        if (TemplateIds.Template(command.TemplateId) is not { } templateId
            || await templates.FirstOrDefaultAsync(new TemplateOfFractalSpec(rootId, templateId, forUpdate: true), cancellationToken) is not { } template)
            return Result<TemplatesMessageResponse>.NotFound("Template not found");
        template.Delete(clock.LocalNow());
        return new TemplatesMessageResponse("Template deleted successfully");
    }
}
