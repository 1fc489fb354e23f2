using Microsoft.EntityFrameworkCore;

namespace FractalGoals.FunctionalTests;

/// <summary>The row count of every table: a refused request must add and remove nothing anywhere.</summary>
public static class TableFingerprint
{
    public static async Task<string> OfAsync(ApiFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var parts = new List<string>();
        await factory.SeedAsync(async db =>
        {
            foreach (var table in db.Model.GetEntityTypes().Select(t => t.GetTableName()).Distinct().OfType<string>().Order(StringComparer.Ordinal))
            {
#pragma warning disable EF1002 // table names come from the model, not from input
                var count = await db.Database.SqlQueryRaw<int>($"SELECT COUNT(*) AS \"Value\" FROM \"{table}\"").SingleAsync(TestContext.Current.CancellationToken);
#pragma warning restore EF1002
                parts.Add($"{table}={count}");
            }
        });
        return string.Join(";", parts);
    }
}
