using FractalGoals.Infrastructure.Seeding;

namespace FractalGoals.IntegrationTests.Seeding;

/// <summary>The same scale and seed give the same content, row for row; another seed does not; an existing file is never touched.</summary>
[Trait("Provider", "SqliteOnly")]
public sealed class SeedDeterminismTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_same_seed_writes_identical_tables_and_another_seed_different_ones()
    {
        var small = SeedProfile.Of(SeedScale.Small);
        await using var first = await SeededDatabase.CreateAsync(small, seed: 7, Token);
        await using var second = await SeededDatabase.CreateAsync(small, seed: 7, Token);
        await using var other = await SeededDatabase.CreateAsync(small, seed: 8, Token);

        foreach (var table in SeedTable.All)
        {
            Assert.Equal(first.Checksum(table.Name), second.Checksum(table.Name));
            Assert.NotEqual(first.Checksum(table.Name), other.Checksum(table.Name));
        }
    }

    [Fact]
    public async Task The_typical_fractal_is_the_same_whatever_the_number_of_fractals_around_it()
    {
        var alone = SeedProfile.Of(SeedScale.Small) with { Fractals = 1 };
        await using var one = await SeededDatabase.CreateAsync(alone, seed: 3, Token);
        await using var three = await SeededDatabase.CreateAsync(SeedProfile.Of(SeedScale.Small), seed: 3, Token);

        var root = (string)one.Rows("SELECT id FROM goals WHERE parent_id IS NULL")[0][0]!;
        Assert.Equal(root, (string)three.Rows("SELECT id FROM goals WHERE parent_id IS NULL ORDER BY rowid LIMIT 1")[0][0]!);
        var ofRoot = $"WHERE root_id = '{root}'";
        foreach (var table in new[] { "goals", "activity_definitions", "metric_definitions", "activity_instances", "metric_values", "session_templates", "programs" })
            Assert.Equal(one.Checksum(table), three.Checksum(table, ofRoot));   // rowids too: fractal 0 is written first
    }

    [Fact]
    public async Task An_existing_non_empty_file_is_refused_and_left_as_it_was()
    {
        var file = Path.Combine(Path.GetTempPath(), $"fractal-goals-seed-refused-{Guid.NewGuid():N}.db");
        await File.WriteAllTextAsync(file, "not a database", Token);
        try
        {
            var refused = await Assert.ThrowsAsync<SeedRefusedException>(() =>
                DatabaseSeeder.SeedAsync(file, SeedScale.Small, 1, progress: null, Token));
            Assert.Contains("not empty", refused.Message, StringComparison.Ordinal);
            Assert.Equal("not a database", await File.ReadAllTextAsync(file, Token));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
