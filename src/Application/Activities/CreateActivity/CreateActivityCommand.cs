using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Activities.CreateActivity;

/// <summary><c>POST /api/{root_id}/activities</c> (contract #32). Null flags take the contract's defaults.</summary>
public sealed record CreateActivityCommand(
    string RootId,
    string? Name,
    string? Description,
    bool? HasSets,
    bool? HasMetrics,
    bool? MetricsMultiplicative,
    bool? HasSplits,
    string? GroupId,
    IReadOnlyList<ActivityMetricInput?>? Metrics,
    IReadOnlyList<ActivitySplitInput?>? Splits) : IFractalRequest, ICommand<Result<ActivityResponse>>;
