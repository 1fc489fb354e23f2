using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Templates.UpdateTemplate;

/// <summary>
/// <c>PUT /api/{root_id}/session-templates/{template_id}</c> (contract #38). A null <see cref="Name"/> is not applied
/// (absent or null, Q-35); a present null <see cref="Description"/> is stored as "";
/// <see cref="TemplateData"/> is the sent value's JSON text (<c>"null"</c> for a sent null — no emptiness check here).
/// </summary>
public sealed record UpdateTemplateCommand(string RootId, string TemplateId, string? Name, Patch<string> Description, string? TemplateData)
    : IFractalRequest, ICommand<Result<SessionTemplateResponse>>;
