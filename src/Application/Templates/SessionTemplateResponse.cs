using System.Text.Json.Nodes;

namespace FractalGoals.Application.Templates;

/// <summary>api-contract §2.7 plus <c>description</c> (Q-21); <c>template_data</c> is the stored JSON as sent.</summary>
public sealed record SessionTemplateResponse(string Id, string Name, string Description, JsonNode? TemplateData);
