namespace FractalGoals.Application.Activities;

/// <summary>api-contract §2.6.</summary>
public sealed record ActivityGroupResponse(string Id, string RootId, string Name, string? Description, int? SortOrder, DateTime? CreatedAt);
