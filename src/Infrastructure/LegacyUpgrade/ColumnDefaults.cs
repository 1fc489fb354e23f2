using System.Globalization;

namespace FractalGoals.Infrastructure.LegacyUpgrade;

/// <summary>The value a target column gets when the legacy row has none: the column's SQL default, '' for descriptions.</summary>
public static class ColumnDefaults
{
    /// <summary>True when a NULL (or absent) legacy value has a well-defined replacement in <paramref name="column"/>.</summary>
    public static bool TryFill(ColumnInfo column, out object? value)
    {
        ArgumentNullException.ThrowIfNull(column);
        value = null;
        if (column.DefaultSql is { } sql)
        {
            value = Parse(sql);
            return true;
        }
        if (column.Name == "description")
        {
            value = "";   // the application writes '' for a description nobody gave (domain-rules §3)
            return true;
        }
        return !column.NotNull;
    }

    private static object? Parse(string sql)
    {
        var text = sql.Trim();
        if (text.StartsWith('(') && text.EndsWith(')')) text = text[1..^1].Trim();
        if (text.Length >= 2 && text[0] == '\'' && text[^1] == '\'') return text[1..^1].Replace("''", "'", StringComparison.Ordinal);
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer)) return integer;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real)) return real;
        if (text.Equals("NULL", StringComparison.OrdinalIgnoreCase)) return null;
        throw new UpgradeRefusedException($"the target column default {sql} is not a constant");
    }
}
