namespace FractalGoals.Domain.Activities;

/// <summary>One entry of a submitted split list (api-contract #32/#33); blank names are ignored.</summary>
public sealed record SplitDraft(string? Name, SplitDefinitionId? Id = null);
