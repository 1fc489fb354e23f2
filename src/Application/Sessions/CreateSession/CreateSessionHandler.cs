using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Application.ReadModels;
using FractalGoals.Application.Sessions.Specifications;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using Mediator;

namespace FractalGoals.Application.Sessions.CreateSession;

/// <summary>
/// Parents: every id that is a live ShortTermGoal of THIS fractal is linked (duplicates once); the first of them is
/// the primary parent. Other ids — unknown, deleted, not short-term, of another fractal — are ignored as the
/// contract says for unknown ids (Q-32 fixed by ignoring). No valid parent: a parentless session of the fractal.
/// A single <c>parent_id</c> is read as the first of <c>parent_ids</c>, under the same rules (ADR 0050).
/// </summary>
internal sealed class CreateSessionHandler(FractalScope fractal, IRepository<Goal> goals, TimeProvider clock)
    : ICommandHandler<CreateSessionCommand, Result<GoalNode>>
{
    public async ValueTask<Result<GoalNode>> Handle(CreateSessionCommand command, CancellationToken cancellationToken)
    {
        var root = fractal.Root;
        var parents = await ValidParentsAsync(root, command.ParentId is null ? command.ParentIds : [command.ParentId, .. command.ParentIds ?? []], cancellationToken);
        var now = clock.LocalNow();
        var details = new SessionDetails(
            command.Name ?? "Untitled Session", command.Description, command.DurationMinutes,
            command.SessionData is null ? null : JsonText.Parse(command.SessionData, "session_data"),
            command.TemplateId, command.TotalDurationSeconds,
            SessionTimeRules.Parse(command.SessionStart, clock), SessionTimeRules.Parse(command.SessionEnd, clock));
        var session = parents.Count > 0 ? parents[0].AddSession(details, now) : Goal.StartParentlessSession(root, details, now);
        parents.ForEach(session.LinkToGoal);
        var immediateGoals = SessionChildren.AddImmediateGoals(session, command.ImmediateGoals, now);

        goals.Add(session);
        immediateGoals.ForEach(goals.Add);
        var nodes = new GoalNodeJson([session, .. immediateGoals, .. parents], [], ActivityLookup.Empty);
        return Result<GoalNode>.Created(nodes.Node(session));
    }

    private async Task<List<Goal>> ValidParentsAsync(Goal root, IReadOnlyList<string?>? requested, CancellationToken cancellationToken)
    {
        var ids = (requested ?? []).Select(text => GoalId.TryParse(text, out var id) ? id : (GoalId?)null).OfType<GoalId>().Distinct().ToList();
        if (ids.Count == 0) return [];
        var found = (await goals.ListAsync(new GoalsByIdSpec(ids), cancellationToken))
            .Where(g => g.RootId == root.Id && g.Type == GoalType.ShortTermGoal)
            .ToDictionary(g => g.Id);
        return [.. ids.Where(found.ContainsKey).Select(id => found[id])];
    }
}
