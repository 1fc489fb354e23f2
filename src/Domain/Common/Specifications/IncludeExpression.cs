using System.Linq.Expressions;

namespace FractalGoals.Domain.Common.Specifications;

/// <summary>A navigation to load with the result; <see cref="Previous"/> is set for a ThenInclude.</summary>
public sealed record IncludeExpression(LambdaExpression Navigation, Type EntityType, Type PropertyType, IncludeExpression? Previous);
