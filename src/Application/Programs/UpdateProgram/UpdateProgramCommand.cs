using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Programs.UpdateProgram;

/// <summary>
/// <c>PUT /api/{root_id}/programs/{program_id}</c> (contract #48): each field only when present (null members are
/// absent; <see cref="HasDescription"/> tells a sent null from an absent key). <see cref="WeeklySchedule"/> is the
/// sent JSON text, stored verbatim and synced into blocks.
/// </summary>
public sealed record UpdateProgramCommand(
    string RootId, string ProgramId, string? Name, bool HasDescription, string? Description,
    bool HasStartDate, string? StartDate, bool HasEndDate, string? EndDate,
    IReadOnlyList<string>? SelectedGoals, string? WeeklySchedule, bool? IsActive) : ICommand<Result<ProgramResponse>>;
