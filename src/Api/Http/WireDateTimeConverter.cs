using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using FractalGoals.Application.ReadModels;

namespace FractalGoals.Api.Http;

/// <summary>
/// api-contract §1.5: naive <c>yyyy-MM-ddTHH:mm:ss</c>, plus <c>.ffffff</c> only when the microseconds are not
/// zero; never a <c>Z</c> or offset. Ticks below a microsecond are truncated.
/// </summary>
internal sealed class WireDateTimeConverter : JsonConverter<DateTime>
{
    public static string Format(DateTime value) => WireFormat.DateTimeText(value)!;

    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTime.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.None);

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Format(value));
    }
}
