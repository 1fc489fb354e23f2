using System.Collections;
using System.Reflection;

namespace FractalGoals.IntegrationTests.Persistence;

/// <summary>
/// Compares every public property of two objects, recursing into child entities and collections, so a round trip
/// that loses or alters anything names the property path that differs. Collections of entities are matched by id
/// (and <c>ParentIds</c> as a set): the order children load in is a separate question (<see cref="ChildOrderTests"/>).
/// </summary>
public static class PropertyAssert
{
    // Events are transient: a loaded aggregate never carries the ones raised before it was saved.
    private static readonly HashSet<string> Transient = ["DomainEvents", "CreationTicket"];   // in-memory only, never stored

    // Derived from the session's links, so it shares their load order.
    private static readonly HashSet<string> Unordered = ["ParentIds"];

    public static void Equivalent(object? expected, object? actual, string path = "")
    {
        var differences = new List<string>();
        Compare(expected, actual, string.IsNullOrEmpty(path) ? expected?.GetType().Name ?? "value" : path, differences);
        Assert.True(differences.Count == 0, "Round trip changed:\n" + string.Join("\n", differences));
    }

    private static void Compare(object? expected, object? actual, string path, List<string> differences)
    {
        if (expected is null || actual is null)
        {
            if (expected is not null || actual is not null) differences.Add($"{path}: expected {Show(expected)}, got {Show(actual)}");
            return;
        }
        var type = expected.GetType();
        if (type != actual.GetType())
        {
            differences.Add($"{path}: expected a {type.Name}, got a {actual.GetType().Name}");
            return;
        }
        if (IsScalar(type))
        {
            if (!Equals(expected, actual)) differences.Add($"{path}: expected {Show(expected)}, got {Show(actual)}");
            return;
        }
        if (expected is IEnumerable expectedItems)
        {
            var (left, right) = (expectedItems.Cast<object?>().ToList(), ((IEnumerable)actual).Cast<object?>().ToList());
            if (Unordered.Contains(path[(path.LastIndexOf('.') + 1)..]) || left.Any(i => i is not null && !IsScalar(i.GetType())))
                (left, right) = ([.. left.OrderBy(Key, StringComparer.Ordinal)], [.. right.OrderBy(Key, StringComparer.Ordinal)]);
            if (left.Count != right.Count) differences.Add($"{path}: expected {left.Count} items, got {right.Count}");
            for (var i = 0; i < Math.Min(left.Count, right.Count); i++) Compare(left[i], right[i], $"{path}[{i}]", differences);
            return;
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || Transient.Contains(property.Name)) continue;
            Compare(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}", differences);
        }
    }

    // An entity by its id; a keyless row (a session link) by all its values; a scalar by itself.
    private static string Key(object? item)
    {
        if (item is null || IsScalar(item.GetType())) return item?.ToString() ?? "";
        var properties = item.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance);
        var id = properties.FirstOrDefault(p => p.Name == "Id");
        return id is not null
            ? id.GetValue(item)?.ToString() ?? ""
            : string.Join("|", properties.Where(p => IsScalar(p.PropertyType)).Select(p => p.GetValue(item)));
    }

    // Value types (typed ids, DateTime, DateOnly, enums, numbers) and strings compare by value.
    private static bool IsScalar(Type type) => type.IsValueType || type == typeof(string);

    private static string Show(object? value) => value switch
    {
        null => "null",
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss.fffffff", System.Globalization.CultureInfo.InvariantCulture),
        string s => $"\"{s}\"",
        _ => value.ToString() ?? "?",
    };
}
