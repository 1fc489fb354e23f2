using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FractalGoals.FunctionalTests.Contract;

/// <summary>
/// "Changed only by added fields": every value of a recorded body is in the new body at the same place, with the same
/// text (numbers byte for byte: <c>5.0</c> is not <c>5</c>); object keys keep their order relative to each other; an
/// array keeps its length. New keys may appear anywhere. Ids (GUIDs) differ from run to run, so the recording holds
/// <c>&lt;id:N&gt;</c> placeholders and the comparison holds the two runs' ids to a one-to-one mapping.
/// </summary>
internal static partial class AddedFieldsOnly
{
    /// <summary>The recording's form of a body: every GUID, also inside text, replaced by its placeholder.</summary>
    public static JsonNode? Normalize(JsonNode? node, Dictionary<string, int> numbering) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Normalize(p.Value, numbering)))),
        JsonArray a => new JsonArray([.. a.Select(item => Normalize(item, numbering))]),
        JsonValue v when v.GetValueKind() == JsonValueKind.String && TraceParent().IsMatch((string)v!) => JsonValue.Create(TraceText),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => JsonValue.Create(Guid().Replace((string)v!, m => $"<id:{Number(m.Value, numbering)}>")),
        _ => node?.DeepClone(),
    };

    /// <summary>Every way <paramref name="actual"/> differs from <paramref name="recorded"/> other than by an added field.</summary>
    public static void Compare(JsonNode? recorded, JsonNode? actual, IdMapping ids, string path, List<string> differences)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(differences);
        switch (recorded)
        {
            case null when actual is not null:
                differences.Add($"{path}: was null, now {actual.ToJsonString()}");
                break;
            case null:
                break;
            case JsonObject o when actual is JsonObject n:
                var order = new List<int>();
                foreach (var (key, value) in o)
                {
                    if (!n.TryGetPropertyValue(key, out var now))
                    {
                        differences.Add($"{path}.{key}: removed");
                        continue;
                    }
                    order.Add(n.IndexOf(key));
                    Compare(value, now, ids, $"{path}.{key}", differences);
                }
                if (!order.SequenceEqual(order.Order())) differences.Add($"{path}: keys reordered ({string.Join(", ", o.Select(p => p.Key))} → {string.Join(", ", n.Select(p => p.Key))})");
                break;
            case JsonArray a when actual is JsonArray n:
                if (a.Count != n.Count) differences.Add($"{path}: {a.Count} items, now {n.Count}");
                for (var i = 0; i < Math.Min(a.Count, n.Count); i++) Compare(a[i], n[i], ids, $"{path}[{i}]", differences);
                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String && actual is JsonValue n && n.GetValueKind() == JsonValueKind.String:
                if (!ids.Match((string)v!, (string)n!)) differences.Add($"{path}: was {v.ToJsonString()}, now {n.ToJsonString()}");
                break;
            case JsonValue v when actual is JsonValue n && v.GetValueKind() == n.GetValueKind() && v.ToJsonString() == n.ToJsonString():
                break;
            default:
                differences.Add($"{path}: was {recorded.ToJsonString()}, now {actual?.ToJsonString() ?? "null"}");
                break;
        }
    }

    private static int Number(string id, Dictionary<string, int> numbering)
    {
        id = id.ToLowerInvariant();
        if (!numbering.TryGetValue(id, out var number)) numbering[id] = number = numbering.Count + 1;
        return number;
    }

    /// <summary>A problem's trace_id (W3C traceparent) is new on every request.</summary>
    internal const string TraceText = "<traceparent>";

    [GeneratedRegex("^00-[0-9a-f]{32}-[0-9a-f]{16}-0[0-9a-f]$")]
    internal static partial Regex TraceParent();

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    internal static partial Regex Guid();

    [GeneratedRegex("<id:([0-9]+)>")]
    internal static partial Regex Placeholder();
}

/// <summary>The one-to-one mapping between a recording's id placeholders and this run's ids, built as they are met.</summary>
internal sealed class IdMapping
{
    private readonly Dictionary<int, string> _byNumber = [];
    private readonly Dictionary<string, int> _byId = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="actual"/> is <paramref name="recorded"/> with each placeholder read as its id.</summary>
    public bool Match(string recorded, string actual)
    {
        if (recorded == AddedFieldsOnly.TraceText) return AddedFieldsOnly.TraceParent().IsMatch(actual);
        var placeholders = AddedFieldsOnly.Placeholder().Matches(recorded);
        var guids = AddedFieldsOnly.Guid().Matches(actual);
        if (placeholders.Count != guids.Count
            || AddedFieldsOnly.Placeholder().Replace(recorded, "\0") != AddedFieldsOnly.Guid().Replace(actual, "\0"))
            return false;
        for (var i = 0; i < placeholders.Count; i++)
        {
            var number = int.Parse(placeholders[i].Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var id = guids[i].Value;
            var knownId = _byNumber.TryGetValue(number, out var mapped);
            var knownNumber = _byId.TryGetValue(id, out var mappedNumber);
            if (knownId != knownNumber || (knownId && (!string.Equals(mapped, id, StringComparison.OrdinalIgnoreCase) || mappedNumber != number))) return false;
            _byNumber[number] = id;
            _byId[id] = number;
        }
        return true;
    }
}
