using FluentValidation;
using FractalGoals.Application.Common.Paging;

namespace FractalGoals.Application.Sessions.ListSessions;

internal sealed class ListSessionsValidator : AbstractValidator<ListSessionsQuery>
{
    public ListSessionsValidator() => RuleFor(q => q.Page).SetValidator(new PageRequestValidator());
}
