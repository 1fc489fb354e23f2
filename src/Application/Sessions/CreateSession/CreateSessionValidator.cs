using FluentValidation;

namespace FractalGoals.Application.Sessions.CreateSession;

internal sealed class CreateSessionValidator : AbstractValidator<CreateSessionCommand>
{
    public CreateSessionValidator(TimeProvider clock)
    {
        RuleFor(c => c.SessionStart).IsClientTime(clock, "session_start");
        RuleFor(c => c.SessionEnd).IsClientTime(clock, "session_end");
    }
}
