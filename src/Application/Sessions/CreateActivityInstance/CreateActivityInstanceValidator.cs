using FluentValidation;
using FractalGoals.Domain.Common;

namespace FractalGoals.Application.Sessions.CreateActivityInstance;

internal sealed class CreateActivityInstanceValidator : AbstractValidator<CreateActivityInstanceCommand>
{
    public CreateActivityInstanceValidator()
    {
        RuleFor(c => c).Must(c => !string.IsNullOrEmpty(c.InstanceId) && !string.IsNullOrEmpty(c.PracticeSessionId) && !string.IsNullOrEmpty(c.ActivityDefinitionId))
            .WithMessage(SessionMessages.AllIdsRequired);
        RuleFor(c => c.InstanceId).Must(id => string.IsNullOrEmpty(id) || EntityIdText.IsValid(id))
            .WithMessage($"instance_id must be 1-{EntityIdText.MaxLength} characters of text without surrounding spaces");
    }
}
