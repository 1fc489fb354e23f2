using FractalGoals.Domain.Programs;

namespace FractalGoals.Application.Programs;

/// <summary>A program and one of its blocks, as a block/day route names them.</summary>
internal sealed record BlockOwner(TrainingProgram Program, ProgramBlockId BlockId)
{
    /// <summary>The route's day id when the day is one of this block's days.</summary>
    public ProgramDayId? DayOf(string dayText) =>
        ProgramDayId.TryParse(dayText, out var dayId) && Program.FindDay(BlockId, dayId) is not null ? dayId : null;
}
