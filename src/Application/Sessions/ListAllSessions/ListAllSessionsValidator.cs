using FluentValidation;
using FractalGoals.Application.Common.Paging;

namespace FractalGoals.Application.Sessions.ListAllSessions;

internal sealed class ListAllSessionsValidator : AbstractValidator<ListAllSessionsQuery>
{
    public ListAllSessionsValidator() => RuleFor(q => q.Page).SetValidator(new PageRequestValidator());
}
