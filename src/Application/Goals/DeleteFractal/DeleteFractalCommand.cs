using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Goals.DeleteFractal;

/// <summary><c>DELETE /api/fractals/{root_id}</c> (contract #4): soft-deletes the whole fractal and everything of it (Q-19 fixed).</summary>
public sealed record DeleteFractalCommand(string RootId) : IFractalRequest, ICommand<Result<StatusMessageResponse>>;
