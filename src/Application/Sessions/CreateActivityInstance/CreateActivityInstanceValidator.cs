using FluentValidation;
using FractalGoals.Domain.Common;

namespace FractalGoals.Application.Sessions.CreateActivityInstance;

internal sealed class CreateActivityInstanceValidator : AbstractValidator<CreateActivityInstanceCommand>
{
    public CreateActivityInstanceValidator()
    {
        // instance_id is optional (ADR 0050: the server makes one); a request still refused keeps the contract's text.
        RuleFor(c => c).Must(c => !string.IsNullOrEmpty(c.PracticeSessionId) && !string.IsNullOrEmpty(c.ActivityDefinitionId))
            .WithMessage(SessionMessages.AllIdsRequired);
        RuleFor(c => c.InstanceId).Must(id => string.IsNullOrEmpty(id) || EntityIdText.IsValid(id))
            .WithMessage($"instance_id must be 1-{EntityIdText.MaxLength} characters of text without surrounding spaces");
    }
}
