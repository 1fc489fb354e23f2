using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Templates.UpdateTemplate;

/// <summary>
/// <c>PUT /api/{root_id}/session-templates/{template_id}</c> (contract #38). A null <see cref="Name"/> is not applied
/// (absent or null, Q-35); <see cref="HasDescription"/> tells a sent null (stored as "") from an absent key;
/// <see cref="TemplateData"/> is the sent value's JSON text (<c>"null"</c> for a sent null — no emptiness check here).
/// </summary>
public sealed record UpdateTemplateCommand(string RootId, string TemplateId, string? Name, bool HasDescription, string? Description, string? TemplateData)
    : ICommand<Result<SessionTemplateResponse>>;
