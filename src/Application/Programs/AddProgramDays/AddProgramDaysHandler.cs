using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Programs;
using FractalGoals.Domain.Templates;
using Mediator;

namespace FractalGoals.Application.Programs.AddProgramDays;

internal sealed class AddProgramDaysHandler(FractalScope fractal, IRepository<TrainingProgram> programs, IReadRepository<SessionTemplate> templates)
    : ICommandHandler<AddProgramDaysCommand, Result<ProgramsMessageResponse>>
{
    public async ValueTask<Result<ProgramsMessageResponse>> Handle(AddProgramDaysCommand command, CancellationToken cancellationToken)
    {
        var owner = await ProgramLookup.BlockOwnerAsync(programs, fractal.RootId, command.ProgramId, command.BlockId, cancellationToken);
        if (!owner.IsSuccess) return owner.Failed<ProgramsMessageResponse>();
        var (program, blockId) = owner.Value!;
        if (await ProgramReferences.LiveTemplatesAsync(templates, fractal.RootId, ProgramLookup.TemplateIdsOf(command.TemplateIds, command.TemplateId), cancellationToken) is not { } scheduled)
            return Result<ProgramsMessageResponse>.NotFound("Template not found");

        var weekday = string.IsNullOrEmpty(command.DayOfWeek) ? (DayOfWeek?)null : Enum.Parse<DayOfWeek>(command.DayOfWeek);
        var days = program.AddDays(blockId, command.Name, weekday, scheduled, command.Cascade);
        return Result<ProgramsMessageResponse>.Created(new ProgramsMessageResponse($"Added {days.Count} days/sessions"));
    }
}
