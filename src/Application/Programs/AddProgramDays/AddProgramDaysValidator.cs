using FluentValidation;

namespace FractalGoals.Application.Programs.AddProgramDays;

internal sealed class AddProgramDaysValidator : AbstractValidator<AddProgramDaysCommand>
{
    public AddProgramDaysValidator()
    {
        // The legacy server silently added nothing for a misspelt weekday; say so instead.
        RuleFor(c => c.DayOfWeek).Must(d => string.IsNullOrEmpty(d) || Enum.GetNames<DayOfWeek>().Contains(d, StringComparer.Ordinal))
            .WithMessage("day_of_week must be empty or one of Monday … Sunday");
    }
}
