using System.Text.RegularExpressions;

namespace FractalGoals.FunctionalTests.Contract;

/// <summary>One row of the endpoint index of api-contract.md §3.</summary>
public sealed record ContractEndpoint(int Number, string Method, string Path, bool AccountsOnly = false)
{
    public override string ToString() => $"#{Number} {Method} {Path}";
}

/// <summary>
/// Reads the endpoint index straight from <c>../shared/docs/api-contract.md</c>, so the coverage test follows the
/// contract as it is, not a copy of it; and our own routes beyond it from <c>docs/api-additions.md</c>, the page a
/// client author reads (issue 15).
/// </summary>
internal static partial class ContractEndpoints
{
    public static IReadOnlyList<ContractEndpoint> All { get; } = Read(Path.Combine("shared", "docs", "api-contract.md"));

    public static IReadOnlyList<ContractEndpoint> Additions { get; } = Read(Path.Combine("docs", "api-additions.md"));

    /// <summary>A route with every parameter name erased: <c>/api/{}/goals/{}</c>.</summary>
    public static string Shape(string path) => Parameter().Replace(path.TrimEnd('/'), "{}");

    private static List<ContractEndpoint> Read(string relativePath) =>
    [
        .. File.ReadLines(Find(relativePath))
            .Select(line => Row().Match(line))
            .Where(m => m.Success)
            .Select(m => new ContractEndpoint(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value, m.Groups[3].Value,
                AccountsOnly: m.Groups[4].Value.Contains(AccountsOnlyMark, StringComparison.Ordinal))),
    ];

    /// <summary>The additions page marks a route served only in <c>Accounts</c> mode (ADR 0051) in its last column.</summary>
    public const string AccountsOnlyMark = "Accounts mode only";

    /// <summary>The rows a server in the given mode serves.</summary>
    public static IEnumerable<ContractEndpoint> Served(bool accounts) => All.Concat(Additions).Where(e => accounts || !e.AccountsOnly);

    private static string Find(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, relativePath);
            if (File.Exists(file)) return file;
        }
        throw new FileNotFoundException(relativePath + " not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^\| (\d+) \| (GET|POST|PUT|PATCH|DELETE) \| `([^`]+)` \|(.*)$")]
    private static partial Regex Row();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
