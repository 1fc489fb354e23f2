using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FractalGoals.Api.Http;

/// <summary>
/// api-contract §1.5: naive <c>yyyy-MM-ddTHH:mm:ss</c>, plus <c>.ffffff</c> only when the microseconds are not
/// zero; never a <c>Z</c> or offset. Ticks below a microsecond are truncated.
/// </summary>
internal sealed class WireDateTimeConverter : JsonConverter<DateTime>
{
    public static string Format(DateTime value)
    {
        var truncated = new DateTime(value.Ticks - (value.Ticks % 10), DateTimeKind.Unspecified);
        return truncated.ToString(truncated.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture);
    }

    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTime.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.None);

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Format(value));
    }
}
