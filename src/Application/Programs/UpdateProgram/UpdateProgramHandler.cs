using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Programs;
using FractalGoals.Domain.Templates;
using Mediator;

namespace FractalGoals.Application.Programs.UpdateProgram;

/// <summary>
/// Everything the request names is looked up and checked before the program changes; a broken rule after that
/// throws and the unit of work saves nothing, so a refused update leaves the program as it was.
/// </summary>
internal sealed class UpdateProgramHandler(
    FractalScope fractal, IReadRepository<Goal> goals, IRepository<TrainingProgram> programs, IReadRepository<SessionTemplate> templates, TimeProvider clock)
    : ICommandHandler<UpdateProgramCommand, Result<ProgramResponse>>
{
    public async ValueTask<Result<ProgramResponse>> Handle(UpdateProgramCommand command, CancellationToken cancellationToken)
    {
        var found = await ProgramLookup.ProgramAsync(programs, fractal.RootId, command.ProgramId, forUpdate: true, cancellationToken);
        if (!found.IsSuccess) return found.Failed<ProgramResponse>();
        var program = found.Value!;
        IReadOnlyList<Goal>? selected = null;
        if (command.SelectedGoals is not null
            && (selected = await ProgramReferences.GoalsAsync(goals, fractal.RootId, command.SelectedGoals, cancellationToken)) is null)
            return Result<ProgramResponse>.NotFound("Goal not found");
        ScheduleInput? schedule = null;
        if (command.WeeklySchedule is not null)
        {
            var read = await ProgramReferences.ScheduleAsync(command.WeeklySchedule, fractal.RootId, program.Id, templates, programs, cancellationToken);
            if (!read.IsSuccess) return read.Failed<ProgramResponse>();
            schedule = read.Value;
        }

        var now = clock.LocalNow();
        if (command.Name is not null) program.Rename(command.Name, now);
        if (command.Description.IsPresent) program.Describe(command.Description.Value, now);
        if (command.StartDate.IsPresent || command.EndDate.IsPresent)
            program.Reschedule(DateOr(command.StartDate, program.StartDate), DateOr(command.EndDate, program.EndDate), now);
        if (selected is not null) program.SelectGoals(selected, now);
        schedule?.ApplyTo(program, now);
        if (command.IsActive is { } active) program.SetActive(active, now);

        var names = await ProgramReferences.TemplateNamesAsync(templates, fractal.RootId, [program], cancellationToken);
        return ProgramRendering.Render(program, names);
    }

    private DateTime DateOr(Patch<string> date, DateTime current) =>
        date.IsPresent && ClientTime.TryParseDateTime(date.Value, clock, out var parsed) ? parsed : current;
}
