using System.Data.Common;
using Ardalis.Specification;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Programs.Specifications;
using FractalGoals.Application.Templates.Specifications;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Programs;
using FractalGoals.Domain.Templates;
using FractalGoals.Infrastructure;
using FractalGoals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FractalGoals.IntegrationTests.Persistence;

/// <summary>
/// Every statement behind <c>GET /api/{root}/programs</c> and <c>/programs/{id}</c> (ADR 0033) — the fractal check, the
/// program(s) with blocks, days and sessions (one query per level), the scheduled templates' names — as EF sends
/// it, with its parameters: each searches an index from the fractal or the program down, none scans a table or
/// builds an automatic index, so the cost does not grow with other fractals' programs.
/// </summary>
[Trait("Provider", "SqliteOnly")]   // PostgreSQL counterpart: PostgresSchemaTests (the same migrations' indexes)
public sealed class ProgramQueryPlanTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private List<SampleFractal> _fractals = [];

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Infrastructure.Persistence.DatabaseProvider.Sqlite, TestContext.Current.CancellationToken);
        foreach (var tag in new[] { "a", "b", "c" }) _fractals.Add(await SampleFractal.SaveNewAsync(_database, tag));
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Listing_a_fractals_programs_searches_an_index_at_every_level()
    {
        var sample = _fractals[1];
        var commands = await RecordAsync(async db =>
        {
            Assert.True(await Query(db, new AccessibleFractalSpec(sample.Root.Id)).AnyAsync(Cancel));
            var programs = await Query(db, new ProgramsOfFractalSpec(sample.Root.Id)).ToListAsync(Cancel);
            Assert.Equal([sample.Program.Id], programs.Select(p => p.Id));
            Assert.NotEmpty(programs[0].Blocks.SelectMany(b => b.Days).SelectMany(d => d.Sessions));
            await TemplateNamesAsync(db, sample.Root.Id, programs);
        });

        AssertEveryLevelSearched(commands, programsBy: "idx_programs_root");
    }

    [Fact]
    public async Task Reading_one_program_searches_an_index_at_every_level()
    {
        var sample = _fractals[2];
        var commands = await RecordAsync(async db =>
        {
            Assert.True(await Query(db, new AccessibleFractalSpec(sample.Root.Id)).AnyAsync(Cancel));
            var program = await Query(db, new ProgramOfFractalSpec(sample.Root.Id, sample.Program.Id)).FirstOrDefaultAsync(Cancel);
            Assert.NotNull(program);
            Assert.NotEmpty(program.Blocks.SelectMany(b => b.Days).SelectMany(d => d.Sessions));
            await TemplateNamesAsync(db, sample.Root.Id, [program]);
        });

        AssertEveryLevelSearched(commands, programsBy: "sqlite_autoindex_programs_1");
    }

    // As ProgramReferences.TemplateNamesAsync asks for them.
    private static async Task TemplateNamesAsync(FractalGoalsDbContext db, GoalId rootId, IEnumerable<TrainingProgram> programs)
    {
        var ids = programs.SelectMany(p => p.Blocks).SelectMany(b => b.Days).SelectMany(d => d.Sessions)
            .Select(s => s.SessionTemplateId).OfType<SessionTemplateId>().Distinct().ToList();
        Assert.NotEmpty(await Query(db, new TemplatesOfFractalByIdsSpec(rootId, ids)).ToListAsync(Cancel));
    }

    private void AssertEveryLevelSearched(List<RecordedCommand> commands, string programsBy)
    {
        // root check, programs, blocks, days, sessions, template names
        Assert.Equal(6, commands.Count);
        using var connection = _database.OpenConnection();
        var plans = commands.Select(c => Sql.QueryPlan(connection, c.Sql, [.. c.Parameters])).ToList();
        var shown = string.Join(" || ", plans.Select(p => string.Join(" | ", p)));

        foreach (var plan in plans)
        {
            // One program is read through EF's LIMIT 1 subquery (a co-routine of one row); scanning that is fine.
            var coroutines = plan.Where(p => p.StartsWith("CO-ROUTINE ", StringComparison.Ordinal)).Select(p => p.Split(' ')[1]).ToHashSet();
            Assert.False(plan.Any(p => p.StartsWith("SCAN ", StringComparison.Ordinal) && !p.Contains("USING", StringComparison.Ordinal)
                                       && p != "SCAN CONSTANT ROW" && !coroutines.Contains(p.Split(' ')[1])
                                       || p.Contains("AUTOMATIC", StringComparison.Ordinal) || p.StartsWith("MATERIALIZE", StringComparison.Ordinal)),
                $"a scan, an automatic index or a materialised subquery: {shown}");
        }
        Assert.Contains(plans[0], p => p.StartsWith("SEARCH g USING INDEX sqlite_autoindex_goals_1", StringComparison.Ordinal));
        foreach (var level in plans.Skip(1).Take(4))
            Assert.True(level.Any(p => p.StartsWith($"SEARCH p USING INDEX {programsBy} ", StringComparison.Ordinal)), $"programs by {programsBy}: {shown}");
        Assert.True(plans[2].Any(p => p.Contains("p0 USING INDEX ix_program_blocks_program", StringComparison.Ordinal)), shown);
        Assert.True(plans[3].Any(p => p.Contains("p1 USING INDEX ix_program_days_block", StringComparison.Ordinal)), shown);
        Assert.True(plans[4].Any(p => p.Contains("s USING INDEX ix_scheduled_sessions_day", StringComparison.Ordinal)), shown);
        Assert.True(plans[5].Any(p => p.StartsWith("SEARCH s USING INDEX", StringComparison.Ordinal)), shown);
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static IQueryable<T> Query<T>(FractalGoalsDbContext db, Specification<T> specification)
        where T : class => SpecificationEvaluator.Apply(db.Set<T>(), specification);

    private async Task<List<RecordedCommand>> RecordAsync(Func<FractalGoalsDbContext, Task> run)
    {
        var recorder = new CommandRecorder();
        var options = InfrastructureServices.Configure(new DbContextOptionsBuilder<FractalGoalsDbContext>(), _database.ConnectionString)
            .AddInterceptors(recorder).Options;
        await using (var db = new FractalGoalsDbContext(options, _database.Clock)) await run(db);
        return recorder.Commands;
    }

    private sealed record RecordedCommand(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters);

    /// <summary>Keeps each query's text and parameter values as sent.</summary>
    private sealed class CommandRecorder : DbCommandInterceptor
    {
        public List<RecordedCommand> Commands { get; } = [];

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Record(command);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }

        private void Record(DbCommand command) =>
            Commands.Add(new(command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value))]));
    }
}
