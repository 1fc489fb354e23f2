using System.Text.Json;
using FractalGoals.Application.Common.Responses;

namespace FractalGoals.Application.Goals.AddGoalTarget;

/// <summary>The stored target, written as the exact text the <c>targets</c> column now holds for it (ADR 0015, 0050).</summary>
public sealed class GoalTargetResponse : WrittenJson
{
    internal GoalTargetResponse(string raw) => Raw = raw;

    /// <summary>The target's JSON object as stored.</summary>
    public string Raw { get; }

    public override IAsyncEnumerable<bool> WriteAsync(Utf8JsonWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return Write(writer).ToAsyncEnumerable();
    }

    private IEnumerable<bool> Write(Utf8JsonWriter writer)
    {
        writer.WriteRawValue(Raw);
        yield return true;
    }
}
