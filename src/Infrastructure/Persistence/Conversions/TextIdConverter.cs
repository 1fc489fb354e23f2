using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FractalGoals.Infrastructure.Persistence.Conversions;

/// <summary>
/// Stores any typed id (a record struct with a <c>string Value</c> and a constructor taking it) as its text,
/// so ids stay opaque TEXT in the database while the model stays typed (ADR 0009).
/// </summary>
internal sealed class TextIdConverter<TId>() : ValueConverter<TId, string>(ToText(), FromText())
    where TId : struct
{
    public static bool Fits(Type type) =>
        type.IsValueType && type.Name.EndsWith("Id", StringComparison.Ordinal) && type.Namespace?.StartsWith("FractalGoals.Domain", StringComparison.Ordinal) == true
        && type.GetConstructor([typeof(string)]) is not null && type.GetProperty("Value")?.PropertyType == typeof(string);

    private static Expression<Func<TId, string>> ToText()
    {
        var id = Expression.Parameter(typeof(TId), "id");
        return Expression.Lambda<Func<TId, string>>(Expression.Property(id, "Value"), id);
    }

    private static Expression<Func<string, TId>> FromText()
    {
        var text = Expression.Parameter(typeof(string), "text");
        return Expression.Lambda<Func<string, TId>>(Expression.New(typeof(TId).GetConstructor([typeof(string)])!, text), text);
    }
}
