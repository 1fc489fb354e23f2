using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Programs.CopyProgramDay;

/// <summary>
/// <c>POST …/blocks/{block_id}/days/{day_id}/copy</c> (contract #53). <see cref="TargetMode"/> <c>"all"</c> (the
/// default) copies to every other block; any other mode includes the source's own block.
/// </summary>
public sealed record CopyProgramDayCommand(string RootId, string ProgramId, string BlockId, string DayId, string? TargetMode)
    : IFractalRequest, ICommand<Result<ProgramsMessageResponse>>;
