using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Programs.UpdateProgramDay;

/// <summary>
/// <c>PUT …/programs/{program_id}/blocks/{block_id}/days/{day_id}</c> (contract #51). A present <see cref="Name"/>
/// that is null or blank clears the name. <see cref="HasTemplates"/>: <c>template_ids</c> or <c>template_id</c>
/// was sent, so every session of the day is replaced.
/// </summary>
public sealed record UpdateProgramDayCommand(
    string RootId, string ProgramId, string BlockId, string DayId, Patch<string> Name, int? DayNumber,
    bool HasTemplates, IReadOnlyList<string>? TemplateIds, string? TemplateId, bool Cascade)
    : IFractalRequest, ICommand<Result<ProgramsMessageResponse>>;
