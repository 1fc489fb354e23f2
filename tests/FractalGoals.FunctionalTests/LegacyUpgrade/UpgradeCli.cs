using System.Diagnostics;
using System.Security.Cryptography;

namespace FractalGoals.FunctionalTests.LegacyUpgrade;

/// <summary>Runs the real API executable's <c>db …</c> commands as a child process, so a test can kill it mid-upgrade.</summary>
public static class UpgradeCli
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(ApiAssembly());
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment.Remove("FRACTALGOALS_UPGRADE_FAIL_AT");
        start.Environment.Remove("FRACTALGOALS_UPGRADE_KILL_AT");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new Result(process.ExitCode, await output, await error);
    }

    public static string Sha256(string file) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));

    /// <summary>A writable copy of a legacy fixture in <paramref name="folder"/>.</summary>
    public static string CopyFixture(string fixture, string folder)
    {
        var file = FractalGoals.IntegrationTests.LegacyFixtures.CopyTo(Path.Combine(FractalGoals.IntegrationTests.LegacyFixtures.Folder, fixture), folder);
        File.SetAttributes(file, FileAttributes.Normal);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return file;
    }

    // the API is a project reference: its executable sits beside the tests, with its runtimeconfig
    private static string ApiAssembly()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "FractalGoals.Api.dll");
        if (File.Exists(beside) && File.Exists(Path.Combine(AppContext.BaseDirectory, "FractalGoals.Api.runtimeconfig.json"))) return beside;
        throw new FileNotFoundException("FractalGoals.Api.dll with its runtimeconfig not found beside the tests in " + AppContext.BaseDirectory);
    }
}
