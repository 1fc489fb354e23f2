using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Programs;
using FractalGoals.Domain.Templates;
using Mediator;

namespace FractalGoals.Application.Programs.GetProgramBlock;

/// <summary>The program's lookup (404 "Program not found"), then its block (404 "Block not found", as #50 and #54 word it), rendered by the program's renderer.</summary>
internal sealed class GetProgramBlockHandler(FractalScope fractal, IReadRepository<TrainingProgram> programs, IReadRepository<SessionTemplate> templates)
    : IQueryHandler<GetProgramBlockQuery, Result<ProgramBlockResponse>>
{
    public async ValueTask<Result<ProgramBlockResponse>> Handle(GetProgramBlockQuery query, CancellationToken cancellationToken)
    {
        var found = await ProgramLookup.ProgramAsync(programs, fractal.RootId, query.ProgramId, forUpdate: false, cancellationToken);
        if (!found.IsSuccess) return found.Failed<ProgramBlockResponse>();
        var program = found.Value!;
        if (!ProgramBlockId.TryParse(query.BlockId, out var blockId) || program.FindBlock(blockId) is not { } block)
            return Result<ProgramBlockResponse>.NotFound("Block not found");
        var names = await ProgramReferences.TemplateNamesAsync(templates, fractal.RootId, [program], cancellationToken);
        return Result<ProgramBlockResponse>.Ok(ProgramRendering.Render(block, names)).At(program.UpdatedAt);
    }
}
