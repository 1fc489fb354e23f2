using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Templates.DeleteTemplate;

/// <summary><c>DELETE /api/{root_id}/session-templates/{template_id}</c> (contract #39): soft (domain-rules §6.2).</summary>
public sealed record DeleteTemplateCommand(string RootId, string TemplateId) : IFractalRequest, ICommand<Result<TemplatesMessageResponse>>;
