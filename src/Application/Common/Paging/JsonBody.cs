using System.Text.Json;

namespace FractalGoals.Application.Common.Paging;

/// <summary>
/// A body written straight into the response's JSON writer (ADR 0032) rather than built as nodes first: the big
/// trees and session lists. <see cref="WriteTo"/> writes it in steps — one goal or session each — and the caller
/// hands the writer's bytes on between steps once enough have gathered. A step may also read (one fractal at a
/// time), so steps are asynchronous. Enumerate once. When a page was asked for, <see cref="TotalCount"/> is the
/// whole list's length (sent as a header, not in the body).
/// </summary>
public sealed class JsonBody
{
    private readonly Func<Utf8JsonWriter, CancellationToken, IAsyncEnumerable<bool>> _steps;

    public JsonBody(Func<Utf8JsonWriter, CancellationToken, IAsyncEnumerable<bool>> steps, int? totalCount = null)
    {
        ArgumentNullException.ThrowIfNull(steps);
        (_steps, TotalCount) = (steps, totalCount);
    }

    /// <summary>A body whose steps only write (everything it needs was read before).</summary>
    public JsonBody(Func<Utf8JsonWriter, IEnumerable<bool>> steps, int? totalCount = null)
        : this((writer, _) => steps(writer).ToAsyncEnumerable(), totalCount)
    {
    }

    public int? TotalCount { get; }

    /// <summary>Writes the body; each item yielded marks a point where the bytes so far may be flushed.</summary>
    public IAsyncEnumerable<bool> WriteTo(Utf8JsonWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return _steps(writer, cancellationToken);
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
