using FluentValidation;
using FractalGoals.Application.Common;

namespace FractalGoals.Application.Programs.UpdateProgram;

internal sealed class UpdateProgramValidator : AbstractValidator<UpdateProgramCommand>
{
    public UpdateProgramValidator(TimeProvider clock)
    {
        RuleFor(c => c.StartDate).Must(d => ClientTime.TryParseDateTime(d, clock, out _)).When(c => c.HasStartDate)
            .WithMessage("Invalid start_date format");
        RuleFor(c => c.EndDate).Must(d => ClientTime.TryParseDateTime(d, clock, out _)).When(c => c.HasEndDate)
            .WithMessage("Invalid end_date format");
    }
}
