using System.Text.Json;

namespace FractalGoals.Application.Common.Responses;

/// <summary>
/// A response that writes itself to the response's <see cref="Utf8JsonWriter"/> (ADR 0032, ADR 0040): the wire
/// shapes that copy stored client JSON and can be megabytes long (goal and session nodes, activity instances, their
/// lists). It is written in steps — one goal, session or instance each — and the Api hands the bytes on between
/// steps, so a big tree streams instead of being built first. Every other response is a record the serializer writes.
/// </summary>
public abstract class WrittenJson
{
    /// <summary>The whole list's length when a page was asked for (sent as a header, not in the body).</summary>
    public virtual int? TotalCount => null;

    /// <summary>Writes the value; each item yielded marks a point where the bytes so far may be flushed. Enumerate once.</summary>
    public abstract IAsyncEnumerable<bool> WriteAsync(Utf8JsonWriter writer, CancellationToken cancellationToken);
}
