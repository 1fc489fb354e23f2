using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Programs.GetProgramBlock;

/// <summary>
/// <c>GET /api/{root_id}/programs/{program_id}/blocks/{block_id}</c> (issue 15, ADR 0049): one block exactly as it
/// appears inside the program's body (#46). A block has no version of its own: its ETag is its program's, the version
/// <c>If-Match</c> on the block's routes is checked against (ADR 0044).
/// </summary>
public sealed record GetProgramBlockQuery(string RootId, string ProgramId, string BlockId) : IFractalRequest, IQuery<Result<ProgramBlockResponse>>;
