using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Programs.UpdateProgram;

/// <summary>
/// <c>PUT /api/{root_id}/programs/{program_id}</c> (contract #48): each field only when present (null members and
/// absent patches are left alone). <see cref="WeeklySchedule"/> is the sent JSON text, stored verbatim and synced.
/// </summary>
public sealed record UpdateProgramCommand(
    string RootId, string ProgramId, string? Name, Patch<string> Description, Patch<string> StartDate, Patch<string> EndDate,
    IReadOnlyList<string>? SelectedGoals, string? WeeklySchedule, bool? IsActive) : IFractalRequest, ICommand<Result<ProgramResponse>>;
