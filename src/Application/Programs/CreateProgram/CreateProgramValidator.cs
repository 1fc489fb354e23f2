using FluentValidation;
using FractalGoals.Application.Common;

namespace FractalGoals.Application.Programs.CreateProgram;

/// <summary>The contract's order: name, start, end, then the date formats (the first failure is the answer).</summary>
internal sealed class CreateProgramValidator : AbstractValidator<CreateProgramCommand>
{
    public CreateProgramValidator(TimeProvider clock)
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("Program name is required");
        RuleFor(c => c.StartDate).NotEmpty().WithMessage("Start date is required");
        RuleFor(c => c.EndDate).NotEmpty().WithMessage("End date is required");
        RuleFor(c => c.StartDate).Must(d => ClientTime.TryParseDateTime(d, clock, out _)).WithMessage("Invalid date format");
        RuleFor(c => c.EndDate).Must(d => ClientTime.TryParseDateTime(d, clock, out _)).WithMessage("Invalid date format");
    }
}
