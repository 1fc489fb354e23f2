using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Programs;
using FractalGoals.Domain.Templates;
using Mediator;

namespace FractalGoals.Application.Programs.CreateProgram;

internal sealed class CreateProgramHandler(
    FractalScope fractal, IReadRepository<Goal> goals, IRepository<TrainingProgram> programs, IReadRepository<SessionTemplate> templates, TimeProvider clock)
    : ICommandHandler<CreateProgramCommand, Result<ProgramResponse>>
{
    public async ValueTask<Result<ProgramResponse>> Handle(CreateProgramCommand command, CancellationToken cancellationToken)
    {
        if (await ProgramReferences.GoalsAsync(goals, fractal.RootId, command.SelectedGoals ?? [], cancellationToken) is not { } selected)
            return Result<ProgramResponse>.NotFound("Goal not found");
        ClientTime.TryParseDateTime(command.StartDate, clock, out var start);   // the validator proved both parse
        ClientTime.TryParseDateTime(command.EndDate, clock, out var end);

        var now = clock.LocalNow();
        var program = TrainingProgram.Create(fractal.Root, command.Name, command.Description, start, end, selected, weeklySchedule: null, now);
        var schedule = await ProgramReferences.ScheduleAsync(command.WeeklySchedule ?? "[]", fractal.RootId, program.Id, templates, programs, cancellationToken);
        if (!schedule.IsSuccess) return schedule.Failed<ProgramResponse>();
        schedule.Value!.ApplyTo(program, now);
        programs.Add(program);

        var names = await ProgramReferences.TemplateNamesAsync(templates, fractal.RootId, [program], cancellationToken);
        return Result<ProgramResponse>.Created(ProgramRendering.Render(program, names));
    }
}
