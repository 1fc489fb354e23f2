using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Goals.ListFractals;

/// <summary><c>GET /api/fractals</c> (contract #2).</summary>
public sealed record ListFractalsQuery : IQuery<Result<IReadOnlyList<FractalSummaryResponse>>>;
