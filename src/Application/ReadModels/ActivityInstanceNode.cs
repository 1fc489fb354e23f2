using System.Text.Json;
using System.Text.Json.Serialization;
using FractalGoals.Application.Common.Responses;

namespace FractalGoals.Application.ReadModels;

/// <summary>An ActivityInstance response (§2.3) with its metric values (§2.4), written by <see cref="InstanceJson"/>.</summary>
[JsonConverter(typeof(WrittenJsonConverter<ActivityInstanceNode>))]
public sealed class ActivityInstanceNode : WrittenJson
{
    private readonly InstanceView _instance;
    private readonly ActivityLookup _activities;

    internal ActivityInstanceNode(InstanceView instance, ActivityLookup activities) => (_instance, _activities) = (instance, activities);

    public override IAsyncEnumerable<bool> WriteAsync(Utf8JsonWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return Steps(writer).ToAsyncEnumerable();
    }

    private IEnumerable<bool> Steps(Utf8JsonWriter writer)
    {
        InstanceJson.Write(_instance, _activities, writer, asExercise: false);
        yield return true;
    }
}
