using FluentValidation;
using FractalGoals.Domain.Common;

namespace FractalGoals.Application.Sessions.AddSessionActivity;

internal sealed class AddSessionActivityValidator : AbstractValidator<AddSessionActivityCommand>
{
    public AddSessionActivityValidator()
    {
        RuleFor(c => c.ActivityDefinitionId).NotEmpty().WithMessage("activity_definition_id required");
        RuleFor(c => c.InstanceId).Must(id => string.IsNullOrEmpty(id) || EntityIdText.IsValid(id))
            .WithMessage($"instance_id must be 1-{EntityIdText.MaxLength} characters of text without surrounding spaces");
    }
}
