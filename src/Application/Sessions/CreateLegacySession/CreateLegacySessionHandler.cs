using System.Globalization;
using System.Text.Json.Nodes;
using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.ReadModels;
using FractalGoals.Application.Sessions.Specifications;
using FractalGoals.Domain.Goals;
using Mediator;

namespace FractalGoals.Application.Sessions.CreateLegacySession;

/// <summary>
/// The legacy checks in the legacy order, per parent: exists (live), is a ShortTermGoal, same fractal as the first.
/// Unlike the original every parent gets a junction row (Q-08 fixed) and immediate goals carry the root id (Q-05).
/// </summary>
internal sealed class CreateLegacySessionHandler(IRepository<Goal> goals, TimeProvider clock)
    : ICommandHandler<CreateLegacySessionCommand, Result<JsonNode>>
{
    public async ValueTask<Result<JsonNode>> Handle(CreateLegacySessionCommand command, CancellationToken cancellationToken)
    {
        var requested = command.ParentIds ?? [];
        var validIds = requested.Select(text => GoalId.TryParse(text, out var id) ? id : (GoalId?)null).OfType<GoalId>().Distinct().ToList();
        var found = (await goals.ListAsync(new GoalsByIdSpec(validIds), cancellationToken)).ToDictionary(g => g.Id);

        var parents = new List<Goal>();
        foreach (var text in requested)
        {
            if (!GoalId.TryParse(text, out var parentId) || !found.TryGetValue(parentId, out var parent))
                return Result<JsonNode>.NotFound($"Parent goal {text ?? "null"} not found");
            if (parent.Type != GoalType.ShortTermGoal)
                return Result<JsonNode>.Invalid($"Parent {parent.Id} must be a ShortTermGoal");
            if (parents.Count > 0 && parent.RootId != parents[0].RootId)
                return Result<JsonNode>.Invalid("All parent goals must belong to the same fractal tree");
            parents.Add(parent);
        }

        var now = clock.LocalNow();
        // §9.2: N counts the fractal's live sessions; the date is the server-local date of creation.
        var number = await goals.CountAsync(new SessionsOfFractalSpec(parents[0].RootId), cancellationToken) + 1;
        var name = string.Create(CultureInfo.InvariantCulture, $"Practice Session {number} - {now:MM/dd/yyyy}");
        var session = parents[0].AddSession(new SessionDetails(name, command.Description), now);
        parents.ForEach(session.LinkToGoal);
        var immediateGoals = SessionChildren.AddImmediateGoals(session, command.ImmediateGoals, now);

        goals.Add(session);
        immediateGoals.ForEach(goals.Add);
        var nodes = new GoalNodeJson([session, .. immediateGoals, .. parents], [], ActivityLookup.Empty);
        return Result<JsonNode>.Created(new JsonObject { ["success"] = true, ["practice_session"] = nodes.WithChildren(session) });
    }
}
