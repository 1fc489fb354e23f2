using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Programs;
using FractalGoals.Domain.Templates;
using Mediator;

namespace FractalGoals.Application.Programs.UpdateProgramDay;

internal sealed class UpdateProgramDayHandler(FractalScope fractal, IRepository<TrainingProgram> programs, IReadRepository<SessionTemplate> templates)
    : ICommandHandler<UpdateProgramDayCommand, Result<ProgramsMessageResponse>>
{
    public async ValueTask<Result<ProgramsMessageResponse>> Handle(UpdateProgramDayCommand command, CancellationToken cancellationToken)
    {
        var owner = await ProgramLookup.BlockOwnerAsync(programs, fractal.RootId, command.ProgramId, command.BlockId, cancellationToken);
        if (!owner.IsSuccess) return owner.Failed<ProgramsMessageResponse>();
        if (owner.Value!.DayOf(command.DayId) is not { } dayId)
            return Result<ProgramsMessageResponse>.NotFound("Day not found");
        var (program, blockId) = owner.Value;
        IReadOnlyList<SessionTemplate>? scheduled = null;
        if (command.HasTemplates
            && (scheduled = await ProgramReferences.LiveTemplatesAsync(templates, fractal.RootId, ProgramLookup.TemplateIdsOf(command.TemplateIds, command.TemplateId), cancellationToken)) is null)
            return Result<ProgramsMessageResponse>.NotFound("Template not found");

        var update = new DayUpdate(Name: command.Name.IsPresent ? command.Name.Value ?? string.Empty : null, command.DayNumber, scheduled);
        program.UpdateDay(blockId, dayId, update, command.Cascade);
        return new ProgramsMessageResponse("Day updated successfully");
    }
}
