using Microsoft.EntityFrameworkCore;

namespace FractalGoals.FunctionalTests;

/// <summary>
/// The row count of every table and, where a table has one, its latest <c>updated_at</c>: a refused request must add,
/// remove and change nothing anywhere.
/// </summary>
public static class TableFingerprint
{
    public static async Task<string> OfAsync(ApiFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var parts = new List<string>();
        await factory.SeedAsync(async db =>
        {
            var tables = db.Model.GetEntityTypes()
                .GroupBy(t => t.GetTableName())
                .Where(g => g.Key is not null)
                .Select(g => (Name: g.Key!, Stamped: g.Any(t => t.GetProperties().Any(p => p.GetColumnName() == "updated_at"))))
                .OrderBy(t => t.Name, StringComparer.Ordinal);
            foreach (var (table, stamped) in tables)
            {
                var latest = stamped ? "CAST(MAX(updated_at) AS TEXT)" : "''";
#pragma warning disable EF1002 // table and column names come from the model, not from input
                var row = await db.Database.SqlQueryRaw<string>($"SELECT CAST(COUNT(*) AS TEXT) || '@' || COALESCE({latest}, '') AS \"Value\" FROM \"{table}\"")
                    .SingleAsync(TestContext.Current.CancellationToken);
#pragma warning restore EF1002
                parts.Add($"{table}={row}");
            }
        });
        return string.Join(";", parts);
    }
}
