using System.Text.Json;
using System.Text.Json.Serialization;
using FractalGoals.Application.Common.Responses;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.ReadModels;

/// <summary>A GoalNode or SessionNode response (§2.1, §2.2), written by <see cref="GoalNodeJson"/>.</summary>
[JsonConverter(typeof(WrittenJsonConverter<GoalNode>))]
public sealed class GoalNode : WrittenJson
{
    private readonly GoalNodeJson _renderer;
    private readonly Goal _goal;
    private readonly bool _withChildren;
    private readonly bool _describedAtTop;

    internal GoalNode(GoalNodeJson renderer, Goal goal, bool withChildren, bool describedAtTop) =>
        (_renderer, _goal, _withChildren, _describedAtTop) = (renderer, goal, withChildren, describedAtTop);

    public override IAsyncEnumerable<bool> WriteAsync(Utf8JsonWriter writer, CancellationToken cancellationToken) =>
        _renderer.Write(_goal, writer, _withChildren, _describedAtTop).ToAsyncEnumerable();
}
