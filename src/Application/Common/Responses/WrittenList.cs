using System.Runtime.CompilerServices;
using System.Text.Json;

namespace FractalGoals.Application.Common.Responses;

/// <summary>
/// A JSON array of written items, each written in its own steps. The items may be produced as the list is written
/// (<c>GET /api/goals</c> reads one fractal at a time, ADR 0032), so memory follows one item, not the list.
/// </summary>
public sealed class WrittenList<T> : WrittenJson
    where T : WrittenJson
{
    private readonly IAsyncEnumerable<T> _items;
    private readonly int? _totalCount;

    public WrittenList(IAsyncEnumerable<T> items, int? totalCount = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        (_items, _totalCount) = (items, totalCount);
    }

    public WrittenList(IEnumerable<T> items, int? totalCount = null)
        : this((items ?? throw new ArgumentNullException(nameof(items))).ToAsyncEnumerable(), totalCount)
    {
    }

    public override int? TotalCount => _totalCount;

    public override async IAsyncEnumerable<bool> WriteAsync(Utf8JsonWriter writer, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartArray();
        await foreach (var item in _items.WithCancellation(cancellationToken))
        {
            await foreach (var step in item.WriteAsync(writer, cancellationToken)) yield return step;
        }
        writer.WriteEndArray();
        yield return true;
    }
}
