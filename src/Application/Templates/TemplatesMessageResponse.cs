namespace FractalGoals.Application.Templates;

/// <summary>The contract's <c>{"message": "…"}</c> success body of a delete.</summary>
public sealed record TemplatesMessageResponse(string Message);
