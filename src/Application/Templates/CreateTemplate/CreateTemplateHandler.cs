using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Goals.Specifications;
using FractalGoals.Domain.Templates;
using MapsterMapper;
using Mediator;

namespace FractalGoals.Application.Templates.CreateTemplate;

internal sealed class CreateTemplateHandler(IReadRepository<Goal> goals, IRepository<SessionTemplate> templates, IMapper mapper, TimeProvider clock)
    : ICommandHandler<CreateTemplateCommand, Result<SessionTemplateResponse>>
{
    public async ValueTask<Result<SessionTemplateResponse>> Handle(CreateTemplateCommand command, CancellationToken cancellationToken)
    {
        if (TemplateIds.Root(command.RootId) is not { } rootId
            || await goals.FirstOrDefaultAsync(new FractalRootSpec(rootId), cancellationToken) is not { } root)
            return Result<SessionTemplateResponse>.NotFound("Fractal not found");
        // The aggregate refuses "empty" data (null, {}, [], "", 0, false) with the contract's message.
        var template = SessionTemplate.Create(root, command.Name, command.Description, JsonText.Parse(command.TemplateData, "template_data"), clock.LocalNow());
        templates.Add(template);
        return Result<SessionTemplateResponse>.Created(mapper.Map<SessionTemplateResponse>(template));
    }
}
