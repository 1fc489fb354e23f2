using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Templates.CreateTemplate;

/// <summary>
/// <c>POST /api/{root_id}/session-templates</c> (contract #37). <see cref="TemplateData"/> is the JSON text of the
/// value exactly as sent (object, or a string kept as a JSON string — Q-28), null when absent or <c>null</c>.
/// </summary>
public sealed record CreateTemplateCommand(string RootId, string? Name, string? Description, string? TemplateData) : IFractalRequest, ICommand<Result<SessionTemplateResponse>>;
