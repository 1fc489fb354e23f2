using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Programs.AddProgramDays;

/// <summary>
/// <c>POST /api/{root_id}/programs/{program_id}/blocks/{block_id}/days</c> (contract #50). <see cref="DayOfWeek"/>
/// empty or null makes an abstract day; otherwise it is an English weekday name, case-sensitive.
/// </summary>
public sealed record AddProgramDaysCommand(
    string RootId, string ProgramId, string BlockId, string? Name, IReadOnlyList<string>? TemplateIds, string? TemplateId,
    string? DayOfWeek, bool Cascade) : IFractalRequest, ICommand<Result<ProgramsMessageResponse>>;
