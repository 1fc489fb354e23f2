using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Templates.GetTemplate;

/// <summary><c>GET /api/{root_id}/session-templates/{template_id}</c> (contract #36).</summary>
public sealed record GetTemplateQuery(string RootId, string TemplateId) : IFractalRequest, IQuery<Result<SessionTemplateResponse>>;
