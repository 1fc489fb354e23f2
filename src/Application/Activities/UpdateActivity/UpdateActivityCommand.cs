using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Activities.UpdateActivity;

/// <summary>
/// <c>PUT /api/{root_id}/activities/{activity_id}</c> (contract #33). A null field is not applied (absent, or a null
/// name, Q-35); a present null <see cref="Description"/>/<see cref="GroupId"/> means "" / no group; an absent one
/// changes nothing. Every flag applies on its own (Q-16 fixed). Present metric/split lists are reconciled (domain-rules §11).
/// </summary>
public sealed record UpdateActivityCommand(
    string RootId,
    string ActivityId,
    string? Name,
    Patch<string> Description,
    bool? HasSets,
    bool? HasMetrics,
    bool? MetricsMultiplicative,
    bool? HasSplits,
    Patch<string> GroupId,
    IReadOnlyList<ActivityMetricInput?>? Metrics,
    IReadOnlyList<ActivitySplitInput?>? Splits) : IFractalRequest, ICommand<Result<ActivityResponse>>;
