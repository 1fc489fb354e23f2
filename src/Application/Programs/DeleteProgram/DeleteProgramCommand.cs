using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Programs.DeleteProgram;

/// <summary><c>DELETE /api/{root_id}/programs/{program_id}</c> (contract #49): hard delete with blocks, days and sessions.</summary>
public sealed record DeleteProgramCommand(string RootId, string ProgramId) : IFractalRequest, ICommand<Result<ProgramsMessageResponse>>;
