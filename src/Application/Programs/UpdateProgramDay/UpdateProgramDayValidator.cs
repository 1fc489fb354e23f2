using FluentValidation;

namespace FractalGoals.Application.Programs.UpdateProgramDay;

internal sealed class UpdateProgramDayValidator : AbstractValidator<UpdateProgramDayCommand>
{
    public UpdateProgramDayValidator() =>
        RuleFor(c => c.DayNumber).GreaterThanOrEqualTo(1).When(c => c.DayNumber is not null).WithMessage("Day number must be at least 1");
}
