using FluentValidation;

namespace FractalGoals.Application.Common.Paging;

/// <summary>limit: an integer 0…<see cref="PageRequest.MaxLimit"/>; offset: an integer ≥ 0. Either may be absent.</summary>
internal sealed class PageRequestValidator : AbstractValidator<PageRequest>
{
    public const string LimitMessage = "limit must be an integer from 0 to 500";
    public const string OffsetMessage = "offset must be a non-negative integer";

    public PageRequestValidator()
    {
        RuleFor(p => p.Limit).Must(l => PageRequest.Parse(l!) is <= PageRequest.MaxLimit).When(p => p.Limit is not null).WithMessage(LimitMessage);
        RuleFor(p => p.Offset).Must(o => PageRequest.Parse(o!) is not null).When(p => p.Offset is not null).WithMessage(OffsetMessage);
    }
}
