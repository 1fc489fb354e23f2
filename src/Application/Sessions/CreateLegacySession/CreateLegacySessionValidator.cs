using FluentValidation;

namespace FractalGoals.Application.Sessions.CreateLegacySession;

internal sealed class CreateLegacySessionValidator : AbstractValidator<CreateLegacySessionCommand>
{
    public CreateLegacySessionValidator() =>
        RuleFor(c => c.ParentIds).NotEmpty().WithMessage("At least one parent short-term goal required");
}
