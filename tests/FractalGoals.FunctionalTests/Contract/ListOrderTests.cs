using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Templates;
using Microsoft.EntityFrameworkCore;
using static FractalGoals.FunctionalTests.Activities.ActivityApi;

namespace FractalGoals.FunctionalTests.Contract;

/// <summary>Lists have a total order (docs/list-orders.md): rows that tie on the contract's key come in id order.</summary>
public sealed class ListOrderTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly DateTime SameInstant = new(2026, 1, 2, 9, 30, 0);

    [Fact]
    public async Task Templates_created_in_the_same_microsecond_list_in_id_order_whatever_order_they_were_stored_in()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var templates = new List<SessionTemplate>();
        await factory.SeedAsync(async db =>
        {
            var fractal = await db.Goals.SingleAsync(g => g.Id == new GoalId(root), TestContext.Current.CancellationToken);
            for (var i = 0; i < 6; i++)
                templates.Add(SessionTemplate.Create(fractal, $"T{i}", null, JsonText.Parse("{\"sections\": []}", "template_data"), SameInstant));
        });
        // One save per row, in descending id order: EF sorts one batch by key, which would hide a missing tie-break.
        var stored = templates.Select(t => t.Id.Value).OrderDescending(StringComparer.Ordinal).ToList();
        foreach (var template in templates.OrderByDescending(t => t.Id.Value, StringComparer.Ordinal))
            await factory.SeedAsync(db => { db.Add(template); return Task.CompletedTask; });

        var listed = Strings(await GetArrayAsync(client, $"/api/{root}/session-templates"), "id").ToList();

        Assert.Equal(stored.Order(StringComparer.Ordinal), listed);
    }

    [Fact]
    public async Task Fractals_created_in_the_same_microsecond_list_in_id_order()
    {
        var client = factory.CreateClient();
        var fractals = Enumerable.Range(0, 6)
            .Select(i => Goal.CreateFractal($"Same instant {i}", null, GoalType.UltimateGoal, SameInstant.AddYears(-30)))
            .OrderByDescending(f => f.Id.Value, StringComparer.Ordinal).ToList();
        var stored = fractals.Select(f => f.Id.Value).ToList();
        foreach (var fractal in fractals)
            await factory.SeedAsync(db => { db.Add(fractal); return Task.CompletedTask; });

        var listed = Strings(await GetArrayAsync(client, "/api/fractals"), "id").Where(id => id is not null && stored.Contains(id)).ToList();

        Assert.Equal(stored.Order(StringComparer.Ordinal), listed);
    }
}
