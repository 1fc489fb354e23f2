using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace FractalGoals.FunctionalTests;

/// <summary>
/// Every row of every table, hashed per table with its row count: a refused request must add, remove and change
/// nothing anywhere, in any column.
/// </summary>
public static class TableFingerprint
{
    public static async Task<string> OfAsync(ApiFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var parts = new StringBuilder();
        await factory.SeedAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
            foreach (var table in db.Model.GetEntityTypes().Select(t => t.GetTableName()).Distinct().OfType<string>().Order(StringComparer.Ordinal))
            {
                await using DbCommand command = connection.CreateCommand();
#pragma warning disable CA2100 // table names come from the model, not from input
                command.CommandText = $"SELECT * FROM \"{table}\"";
#pragma warning restore CA2100
                var rows = new List<string>();
                await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
                while (await reader.ReadAsync(TestContext.Current.CancellationToken))
                {
                    var row = new StringBuilder();
                    for (var i = 0; i < reader.FieldCount; i++) row.Append(reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                    rows.Add(row.ToString());
                }
                rows.Sort(StringComparer.Ordinal);
                parts.Append(table).Append('=').Append(rows.Count).Append(':').Append(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", rows)))[..8])).Append(';');
            }
        });
        return parts.ToString();
    }
}
