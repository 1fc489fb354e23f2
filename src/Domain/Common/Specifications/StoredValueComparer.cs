namespace FractalGoals.Domain.Common.Specifications;

/// <summary>
/// Orders sort keys as the database does: text by code point (SQLite's BINARY collation compares UTF-8 bytes, which
/// is code-point order), so "Zebra" sorts before "apple" in memory too; everything else by its default comparer.
/// The culture-aware default for strings would disagree with the query the same specification runs in SQL.
/// </summary>
internal sealed class StoredValueComparer : IComparer<object?>
{
    public static readonly StoredValueComparer Instance = new();

    public int Compare(object? x, object? y) => (x, y) switch
    {
        (string left, string right) => CompareCodePoints(left, right),
        // Strongly typed ids are stored as their text (TextIdConverter), so they sort as that text does.
        (not null and not IComparable, not null and not IComparable) when x.GetType() == y.GetType() => CompareCodePoints(x.ToString()!, y.ToString()!),
        _ => Comparer<object?>.Default.Compare(x, y),
    };

    private static int CompareCodePoints(string left, string right)
    {
        var (a, b) = (left.EnumerateRunes(), right.EnumerateRunes());
        while (true)
        {
            var (hasA, hasB) = (a.MoveNext(), b.MoveNext());
            if (!hasA || !hasB) return hasA.CompareTo(hasB);
            var difference = a.Current.Value.CompareTo(b.Current.Value);
            if (difference != 0) return difference;
        }
    }
}
