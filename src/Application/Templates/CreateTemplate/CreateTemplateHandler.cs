using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Templates;
using MapsterMapper;
using Mediator;

namespace FractalGoals.Application.Templates.CreateTemplate;

internal sealed class CreateTemplateHandler(FractalScope fractal, IRepository<SessionTemplate> templates, IMapper mapper, TimeProvider clock)
    : ICommandHandler<CreateTemplateCommand, Result<SessionTemplateResponse>>
{
    public ValueTask<Result<SessionTemplateResponse>> Handle(CreateTemplateCommand command, CancellationToken cancellationToken)
    {
        // The aggregate refuses "empty" data (null, {}, [], "", 0, false) with the contract's message.
        var template = SessionTemplate.Create(fractal.Root, command.Name, command.Description, JsonText.Parse(command.TemplateData, "template_data"), clock.LocalNow());
        templates.Add(template);
        return ValueTask.FromResult(Result<SessionTemplateResponse>.Created(mapper.Map<SessionTemplateResponse>(template)));
    }
}
