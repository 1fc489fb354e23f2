using FluentValidation;

namespace FractalGoals.Application.Activities.ReorderActivityGroups;

internal sealed class ReorderActivityGroupsValidator : AbstractValidator<ReorderActivityGroupsCommand>
{
    public ReorderActivityGroupsValidator() =>
        RuleFor(c => c.GroupIds).NotEmpty().WithMessage("No group_ids provided");
}
