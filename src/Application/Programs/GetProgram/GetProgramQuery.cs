using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Programs.GetProgram;

/// <summary><c>GET /api/{root_id}/programs/{program_id}</c> (contract #46); another fractal's program is not found.</summary>
public sealed record GetProgramQuery(string RootId, string ProgramId) : IFractalRequest, IQuery<Result<ProgramResponse>>;
