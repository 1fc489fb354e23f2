using FluentValidation;
using FractalGoals.Domain.Sessions;

namespace FractalGoals.Application.Sessions.ReorderSessionActivities;

internal sealed class ReorderSessionActivitiesValidator : AbstractValidator<ReorderSessionActivitiesCommand>
{
    public const string NotAnIdList = "activity_ids must be an array of activity instance ids";

    public ReorderSessionActivitiesValidator() =>
        RuleFor(c => c.ActivityIds).Cascade(CascadeMode.Stop).NotNull().WithMessage(NotAnIdList)
            .Must(ids => ids is null || ids.All(id => ActivityInstanceId.TryParse(id, out _))).WithMessage(NotAnIdList);
}
