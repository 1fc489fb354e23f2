using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Activities.UpdateActivity;

/// <summary>
/// <c>PUT /api/{root_id}/activities/{activity_id}</c> (contract #33). A null field is not applied (absent, or a null
/// name, Q-35); <see cref="HasDescription"/>/<see cref="HasGroupId"/> tell a sent null ("" / no group) from an absent
/// key. Every flag applies on its own (Q-16 fixed). Present metric/split lists are reconciled (domain-rules §11).
/// </summary>
public sealed record UpdateActivityCommand(
    string RootId,
    string ActivityId,
    string? Name,
    bool HasDescription,
    string? Description,
    bool? HasSets,
    bool? HasMetrics,
    bool? MetricsMultiplicative,
    bool? HasSplits,
    bool HasGroupId,
    string? GroupId,
    IReadOnlyList<ActivityMetricInput?>? Metrics,
    IReadOnlyList<ActivitySplitInput?>? Splits) : ICommand<Result<ActivityResponse>>;
