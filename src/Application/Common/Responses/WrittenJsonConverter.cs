using System.Text.Json;
using System.Text.Json.Serialization;

namespace FractalGoals.Application.Common.Responses;

/// <summary>
/// Lets the serializer write a <see cref="WrittenJson"/> that sits inside a record (the completed goal of #10/#11)
/// with the same writer, so a wire shape has one renderer wherever it appears. Only for values whose steps never
/// wait: the serializer's converters are synchronous. Reading is not supported: these are response shapes.
/// </summary>
public sealed class WrittenJsonConverter<T> : JsonConverter<T>
    where T : WrittenJson
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException($"{typeof(T).Name} is written, never read");

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        foreach (var _ in value.WriteAsync(writer, CancellationToken.None).ToBlockingEnumerable())
        {
            // The steps only mark flush points; the serializer flushes its own buffer when the value is done.
        }
    }
}
