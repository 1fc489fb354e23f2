using FractalGoals.Api.Cli;
using FractalGoals.FunctionalTests.LegacyUpgrade;

namespace FractalGoals.FunctionalTests.Cli;

/// <summary>
/// The <c>db</c> command line itself (ADR 0052): <c>--help</c> on <c>db</c> and on every command exits 0 and lists
/// its options; an unknown command or option, a missing required option and a badly typed value exit 2 with a message
/// naming the culprit, and touch nothing.
/// </summary>
[Trait("Provider", "SqliteOnly")]
public sealed class DbCommandLineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fractal-goals-db-cli-").FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string, string[]> Commands => new()
    {
        { "copy", ["--from", "--to"] },
        { "upgrade", ["--database", "--dry-run", "--report"] },
        { "verify", ["--database"] },
        { "seed", ["--scale", "--database", "--seed"] },
    };

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Db_help_exits_0_and_lists_every_command(string help)
    {
        var run = await DbAsync(help);

        Assert.Equal(DbCommandLine.Succeeded, run.Exit);
        Assert.Equal("", run.Error);
        Assert.Contains("dotnet run --project src/Api -- db [command] [options]", run.Output, StringComparison.Ordinal);
        foreach (var command in new[] { "copy", "upgrade", "verify", "seed" })
            Assert.Matches($@"(?m)^\s+{command}\s+\S", run.Output);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Every_command_help_exits_0_and_lists_its_options(string command, string[] options)
    {
        foreach (var help in new[] { "--help", "-h" })
        {
            var run = await DbAsync(command, help);   // required options missing: help wins

            Assert.True(run.Exit == DbCommandLine.Succeeded, run.Error);
            Assert.Equal("", run.Error);
            Assert.Contains($"dotnet run --project src/Api -- db {command} [options]", run.Output, StringComparison.Ordinal);
            foreach (var option in options)
                Assert.Matches($@"(?m)^\s+{option}\b.*\S", run.Output);
        }
    }

    [Fact]
    public async Task Help_marks_required_options_and_shows_defaults()
    {
        var seed = await DbAsync("seed", "--help");

        Assert.Matches(@"--scale <small\|medium\|large> \(REQUIRED\)", seed.Output);
        Assert.Matches(@"--database <file> \(REQUIRED\)", seed.Output);
        Assert.Matches(@"--seed <N> .*\[default: 1\]", seed.Output);
    }

    [Fact]
    public async Task The_real_executable_answers_help_with_exit_0()
    {
        var run = await UpgradeCli.RunAsync(null, "db", "upgrade", "--help");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("--database <file.db> (REQUIRED)", run.Output, StringComparison.Ordinal);
        Assert.Contains("--dry-run", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_option_exits_2_and_leaves_the_file_byte_identical()
    {
        var file = UpgradeCli.CopyFixture("post-migration-reference.db", _folder);
        var before = UpgradeCli.Sha256(file);

        var run = await DbAsync("upgrade", "--database", file, "--dryrun");   // the typo must not run the real upgrade

        Assert.Equal(DbCommandLine.Refused, run.Exit);
        Assert.Contains("'--dryrun'", run.Error, StringComparison.Ordinal);
        Assert.Contains("usage: dotnet run --project src/Api -- db upgrade --help", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
        Assert.Equal(before, UpgradeCli.Sha256(file));
        Assert.Single(Directory.GetFiles(_folder));   // no backup, no working copy
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("help")]
    public async Task An_unknown_command_exits_2_and_points_to_the_help(string command)
    {
        var run = await DbAsync(command);

        Assert.Equal(DbCommandLine.Refused, run.Exit);
        Assert.Contains($"'{command}'", run.Error, StringComparison.Ordinal);
        Assert.Contains("usage: dotnet run --project src/Api -- db --help", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_command_exits_2()
    {
        var run = await DbAsync();

        Assert.Equal(DbCommandLine.Refused, run.Exit);
        Assert.Contains("usage: dotnet run --project src/Api -- db --help", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_required_option_exits_2_and_creates_nothing()
    {
        var target = Path.Combine(_folder, "new.db");

        var seed = await DbAsync("seed", "--database", target);
        var copy = await DbAsync("copy", "--from", UpgradeCli.CopyFixture("post-migration-reference.db", _folder));
        var verify = await DbAsync("verify");

        Assert.Equal(DbCommandLine.Refused, seed.Exit);
        Assert.Contains("Option '--scale' is required", seed.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
        Assert.Equal(DbCommandLine.Refused, copy.Exit);
        Assert.Contains("Option '--to' is required", copy.Error, StringComparison.Ordinal);
        Assert.Equal(DbCommandLine.Refused, verify.Exit);
        Assert.Contains("Option '--database' is required", verify.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_badly_typed_value_exits_2_naming_the_option_and_creates_nothing()
    {
        var target = Path.Combine(_folder, "new.db");

        var scale = await DbAsync("seed", "--scale", "huge", "--database", target);
        var seed = await DbAsync("seed", "--scale", "small", "--database", target, "--seed", "twelve");
        var noValue = await DbAsync("seed", "--scale", "small", "--database", target, "--seed");

        Assert.Equal(DbCommandLine.Refused, scale.Exit);
        Assert.Contains("--scale must be small, medium or large", scale.Error, StringComparison.Ordinal);
        Assert.Equal(DbCommandLine.Refused, seed.Exit);
        Assert.Contains("'twelve'", seed.Error, StringComparison.Ordinal);
        Assert.Contains("--seed", seed.Error, StringComparison.Ordinal);
        Assert.Equal(DbCommandLine.Refused, noValue.Exit);
        Assert.Contains("--seed", noValue.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task The_scale_is_read_case_insensitively_as_before()
    {
        var target = Path.Combine(_folder, "bad name\0.db");   // the scale parses, the path does not: nothing runs

        var run = await DbAsync("seed", "--scale", "SMALL", "--database", target);

        Assert.Equal(DbCommandLine.Refused, run.Exit);
        Assert.DoesNotContain("--scale", run.Error, StringComparison.Ordinal);
        Assert.Contains("--database", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_must_exist_is_checked_before_anything_runs()
    {
        var missing = Path.Combine(_folder, "missing.db");

        var upgrade = await DbAsync("upgrade", "--database", missing);
        var verify = await DbAsync("verify", "--database", missing);
        var copy = await DbAsync("copy", "--from", missing, "--to", "Host=127.0.0.1;Port=1;Database=none");

        foreach (var run in new[] { upgrade, verify, copy })
        {
            Assert.Equal(DbCommandLine.Refused, run.Exit);
            Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
            Assert.Contains(missing, run.Error, StringComparison.Ordinal);
        }
        Assert.StartsWith("error: --database: ", upgrade.Error, StringComparison.Ordinal);
        Assert.StartsWith("error: --from: ", copy.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder));   // SQLite never opened (and so never created) the file
    }

    [Fact]
    public async Task A_report_in_a_missing_folder_exits_2_and_leaves_the_file_untouched()
    {
        var file = UpgradeCli.CopyFixture("prod-2026-01-01-pre-migration.db", _folder);
        var before = UpgradeCli.Sha256(file);

        var run = await DbAsync("upgrade", "--database", file, "--report", Path.Combine(_folder, "nowhere", "report.json"));

        Assert.Equal(DbCommandLine.Refused, run.Exit);
        Assert.Contains($"--report: the folder {Path.Combine(_folder, "nowhere")} does not exist", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, UpgradeCli.Sha256(file));
        Assert.Single(Directory.GetFiles(_folder));
    }

    private static async Task<(int Exit, string Output, string Error)> DbAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await DbCommandLine.RunAsync(["db", .. args], output, error, Token);
        return (exit, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // the OS cleans temp folders
        }
    }
}
