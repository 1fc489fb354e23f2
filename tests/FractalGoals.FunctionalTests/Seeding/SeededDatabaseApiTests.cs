using System.Net;
using System.Text.Json.Nodes;
using FractalGoals.Api.Cli;
using FractalGoals.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace FractalGoals.FunctionalTests.Seeding;

/// <summary>
/// <c>db seed</c> from the command line makes a database the API starts on and serves: every fractal, and for each
/// its tree, sessions, activities, templates, programs and single goals answer 200 with what the file holds.
/// </summary>
[Trait("Provider", "SqliteOnly")]
public sealed class SeededDatabaseApiTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fractal-goals-seed-api", Guid.NewGuid().ToString("N"));

    public SeededDatabaseApiTests() => Directory.CreateDirectory(_folder);

    private string File => Path.Combine(_folder, "seeded.db");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_seeded_small_database_is_served_by_the_api()
    {
        var (exit, output, error) = await DbAsync("seed", "--scale", "small", "--database", File);
        Assert.True(exit == DbCommandLine.Succeeded, output + error);
        Assert.Contains("fractals", error, StringComparison.Ordinal);   // the progress display

        await using var api = ApiFactory.On(DatabaseProvider.Sqlite, $"Data Source={File}");
        var client = api.CreateClient();
        var fractals = (await GetAsync(client, "/api/fractals")).AsArray();
        Assert.Equal(Scalar("SELECT count(*) FROM goals WHERE parent_id IS NULL"), fractals.Count);

        foreach (var root in fractals.Select(f => (string)f!["id"]!))
        {
            var tree = await GetAsync(client, $"/api/{root}/goals");
            Assert.Equal(root, (string?)tree["id"]);
            var sessions = (await GetAsync(client, $"/api/{root}/sessions")).AsArray();
            Assert.Equal(Scalar($"SELECT count(*) FROM goals WHERE type = 'PracticeSession' AND root_id = '{root}'"), sessions.Count);
            Assert.Equal(Scalar($"SELECT count(*) FROM activity_definitions WHERE root_id = '{root}'"), (await GetAsync(client, $"/api/{root}/activities")).AsArray().Count);
            Assert.Equal(Scalar($"SELECT count(*) FROM session_templates WHERE root_id = '{root}'"), (await GetAsync(client, $"/api/{root}/session-templates")).AsArray().Count);
            Assert.Equal(Scalar($"SELECT count(*) FROM programs WHERE root_id = '{root}'"), (await GetAsync(client, $"/api/{root}/programs")).AsArray().Count);
            var goal = Text($"SELECT id FROM goals WHERE type = 'ShortTermGoal' AND root_id = '{root}' ORDER BY rowid LIMIT 1");
            Assert.Equal(goal, (string?)(await GetAsync(client, $"/api/{root}/goals/{goal}"))["id"]);
            var session = (string)sessions[0]!["id"]!;
            Assert.Equal(Scalar($"SELECT count(*) FROM activity_instances WHERE practice_session_id = '{session}'"),
                (await GetAsync(client, $"/api/{root}/sessions/{session}/activities")).AsArray().Count);
        }
    }

    [Fact]
    public async Task Seeding_an_existing_database_is_refused_and_a_wrong_scale_is_a_usage_error()
    {
        await System.IO.File.WriteAllTextAsync(File, "keep me", Token);
        var existing = await DbAsync("seed", "--scale", "small", "--database", File);
        Assert.Equal(DbCommandLine.Refused, existing.Exit);
        Assert.Contains("refused", existing.Error, StringComparison.Ordinal);
        Assert.Equal("keep me", await System.IO.File.ReadAllTextAsync(File, Token));

        var wrong = await DbAsync("seed", "--scale", "huge", "--database", Path.Combine(_folder, "other.db"));
        Assert.Equal(DbCommandLine.Refused, wrong.Exit);
        Assert.Contains("--scale must be small, medium or large", wrong.Error, StringComparison.Ordinal);
        Assert.False(System.IO.File.Exists(Path.Combine(_folder, "other.db")));
    }

    private static async Task<JsonNode> GetAsync(HttpClient client, string route)
    {
        var response = await client.GetAsync(new Uri(route, UriKind.Relative), Token);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{route}: {(int)response.StatusCode}");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(Token))!;
    }

    private long Scalar(string sql) => Convert.ToInt64(Query(sql), System.Globalization.CultureInfo.InvariantCulture);

    private string Text(string sql) => (string)Query(sql)!;

    private object? Query(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={File};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
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
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a pooled handle on another thread; the OS cleans temp folders
        }
    }
}
