using FluentValidation;
using FractalGoals.Application.Common;
using FractalGoals.Application.Sessions.UpdateSession;

namespace FractalGoals.Application.Sessions.UpdateActivityInstance;

internal sealed class UpdateActivityInstanceValidator : AbstractValidator<UpdateActivityInstanceCommand>
{
    public UpdateActivityInstanceValidator(TimeProvider clock)
    {
        RuleFor(c => c.TimeStart).Must(p => !p.IsWrongType).WithMessage("time_start must be a string");
        RuleFor(c => c.TimeStart).Must(p => IsTime(p, clock)).WithMessage(c => Unparseable(c.TimeStart));
        RuleFor(c => c.TimeStop).Must(p => !p.IsWrongType).WithMessage("time_stop must be a string");
        RuleFor(c => c.TimeStop).Must(p => IsTime(p, clock)).WithMessage(c => Unparseable(c.TimeStop));
        RuleFor(c => c.Completed).Must(p => !p.IsWrongType).WithMessage("completed must be a boolean");
        RuleFor(c => c.Notes).Must(p => !p.IsWrongType).WithMessage("notes must be a string");
    }

    // Empty text and null clear the time; anything else must parse (contract #44 recommends 400 over the original 500).
    private static bool IsTime(Patch<string> patch, TimeProvider clock) =>
        patch.IsWrongType || string.IsNullOrEmpty(patch.Value) || ClientTime.TryParseDateTime(patch.Value, clock, out _);

    private static string Unparseable(Patch<string> patch) => $"Invalid isoformat string: '{patch.Value}'";
}
