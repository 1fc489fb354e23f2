using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Programs.CreateProgram;

/// <summary>
/// <c>POST /api/{root_id}/programs</c> (contract #47). Dates are the client's text (a date or an ISO date-time);
/// <see cref="WeeklySchedule"/> is the sent JSON text (null when absent: <c>[]</c>), stored verbatim and synced.
/// </summary>
public sealed record CreateProgramCommand(
    string RootId, string? Name, string? Description, string? StartDate, string? EndDate,
    IReadOnlyList<string>? SelectedGoals, string? WeeklySchedule) : IFractalRequest, ICommand<Result<ProgramResponse>>;
