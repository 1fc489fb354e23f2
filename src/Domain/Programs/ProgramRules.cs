namespace FractalGoals.Domain.Programs;

/// <summary>Stable codes of the rules this module enforces (the problem document's <c>code</c>).</summary>
public static class ProgramRules
{
    public const string NameRequired = "programs.name_required";
    public const string StartAfterEnd = "programs.start_after_end";
    public const string CrossFractal = "programs.cross_fractal";
    public const string GoalDeleted = "programs.goal_deleted";
    public const string TemplateDeleted = "programs.template_deleted";
    public const string TemplateNotFound = "programs.template_not_found";
    public const string BlockNotFound = "programs.block_not_found";
    public const string DayNotFound = "programs.day_not_found";
    public const string BlockName = "programs.block_name";
    public const string BlockStartAfterEnd = "programs.block_start_after_end";
    public const string DuplicateBlockId = "programs.duplicate_block_id";
    public const string DayOutsideBlock = "programs.day_outside_block";
    public const string DayNumberInvalid = "programs.day_number_invalid";
    public const string DayNameTooLong = "programs.day_name_too_long";
}
