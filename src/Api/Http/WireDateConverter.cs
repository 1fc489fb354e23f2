using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FractalGoals.Api.Http;

/// <summary>Plain dates (program blocks and days) as <c>YYYY-MM-DD</c> (api-contract §1.5).</summary>
internal sealed class WireDateConverter : JsonConverter<DateOnly>
{
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateOnly.ParseExact(reader.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
