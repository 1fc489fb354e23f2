using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Programs.ListPrograms;

/// <summary><c>GET /api/{root_id}/programs</c> (contract #45): oldest first, each with blocks → days → sessions.</summary>
public sealed record ListProgramsQuery(string RootId) : IFoldedFractalRead, IQuery<Result<IReadOnlyList<ProgramResponse>>>;
