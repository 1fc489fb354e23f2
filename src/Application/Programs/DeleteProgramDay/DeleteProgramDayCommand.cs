using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Programs.DeleteProgramDay;

/// <summary><c>DELETE …/programs/{program_id}/blocks/{block_id}/days/{day_id}</c> (contract #52): the day and its sessions; no renumbering.</summary>
public sealed record DeleteProgramDayCommand(string RootId, string ProgramId, string BlockId, string DayId)
    : IFractalRequest, ICommand<Result<ProgramsMessageResponse>>;
