using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Templates.ListTemplates;

/// <summary><c>GET /api/{root_id}/session-templates</c> (contract #35), oldest first.</summary>
public sealed record ListTemplatesQuery(string RootId) : IFoldedFractalRead, IQuery<Result<IReadOnlyList<SessionTemplateResponse>>>;
