using System.Text.Json;

namespace FractalGoals.Application.Common.Paging;

/// <summary>
/// A body written straight into the response's JSON writer (ADR 0032) rather than built as nodes first: the big
/// trees and session lists. <see cref="WriteTo"/> writes it in steps — one goal or session each — and the caller
/// hands the writer's bytes on between steps once enough have gathered. Enumerate once. When a page was asked for,
/// <see cref="TotalCount"/> is the whole list's length (sent as a header, not in the body).
/// </summary>
public sealed class JsonBody(Func<Utf8JsonWriter, IEnumerable<bool>> steps, int? totalCount = null)
{
    public int? TotalCount => totalCount;

    /// <summary>Writes the body; each item yielded marks a point where the bytes so far may be flushed.</summary>
    public IEnumerable<bool> WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return steps(writer);
    }

    /// <summary>A JSON array whose items are written in turn, each by <paramref name="writeItem"/> in its own steps.</summary>
    public static JsonBody Array<T>(IEnumerable<T> items, Func<T, Utf8JsonWriter, IEnumerable<bool>> writeItem, int? totalCount = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(writeItem);
        return new JsonBody(writer => ArraySteps(items, writeItem, writer), totalCount);
    }

    private static IEnumerable<bool> ArraySteps<T>(IEnumerable<T> items, Func<T, Utf8JsonWriter, IEnumerable<bool>> writeItem, Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            foreach (var step in writeItem(item, writer)) yield return step;
        }
        writer.WriteEndArray();
        yield return true;
    }
}
