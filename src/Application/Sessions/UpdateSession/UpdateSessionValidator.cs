using FluentValidation;
using FractalGoals.Application.Common;

namespace FractalGoals.Application.Sessions.UpdateSession;

internal sealed class UpdateSessionValidator : AbstractValidator<UpdateSessionCommand>
{
    public UpdateSessionValidator(TimeProvider clock)
    {
        RuleFor(c => c.Name).Must(p => !p.IsWrongType).WithMessage("name must be a string");
        RuleFor(c => c.Description).Must(p => !p.IsWrongType).WithMessage("description must be a string");
        RuleFor(c => c.DurationMinutes).Must(p => !p.IsWrongType).WithMessage("duration_minutes must be an integer");
        RuleFor(c => c.TotalDurationSeconds).Must(p => !p.IsWrongType).WithMessage("total_duration_seconds must be an integer");
        RuleFor(c => c.TemplateId).Must(p => !p.IsWrongType).WithMessage("template_id must be a string");
        RuleFor(c => c.Completed).Must(p => !p.IsWrongType).WithMessage("completed must be a boolean");
        RuleFor(c => c.SessionStart).Must(p => IsTime(p, clock)).WithMessage("Invalid session_start format. Use ISO 8601");
        RuleFor(c => c.SessionEnd).Must(p => IsTime(p, clock)).WithMessage("Invalid session_end format. Use ISO 8601");
    }

    private static bool IsTime(Patch<string> patch, TimeProvider clock) =>
        !patch.IsWrongType && (patch.Value is null || ClientTime.TryParseDateTime(patch.Value, clock, out _));
}
