using FluentValidation;
using FractalGoals.Application.Common;

namespace FractalGoals.Application.Programs.UpdateProgram;

internal sealed class UpdateProgramValidator : AbstractValidator<UpdateProgramCommand>
{
    public UpdateProgramValidator(TimeProvider clock)
    {
        RuleFor(c => c.StartDate.Value).Must(d => ClientTime.TryParseDateTime(d, clock, out _)).When(c => c.StartDate.IsPresent)
            .WithMessage("Invalid start_date format");
        RuleFor(c => c.EndDate.Value).Must(d => ClientTime.TryParseDateTime(d, clock, out _)).When(c => c.EndDate.IsPresent)
            .WithMessage("Invalid end_date format");
    }
}
