using System.Linq.Expressions;

namespace FractalGoals.Domain.Common.Specifications;

public sealed record OrderExpression<T>(Expression<Func<T, object?>> KeySelector, bool Descending);
