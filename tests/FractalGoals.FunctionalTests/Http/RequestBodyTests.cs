using System.Reflection;
using System.Text;
using System.Text.Json;
using FractalGoals.Api.Http;
using FractalGoals.Application.Activities;
using FractalGoals.Application.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace FractalGoals.FunctionalTests.Http;

/// <summary>
/// The one reader of request bodies and its wrong-type rule (ADR 0038), without a server: absent, null and a value
/// stay distinct; a wrong type is a malformed body (strict) or a <see cref="Patch{T}.WrongType"/> (lenient).
/// </summary>
public sealed class RequestBodyTests
{
    private static readonly ParameterInfo Parameter = typeof(RequestBodyTests).GetMethod(nameof(Endpoint), BindingFlags.NonPublic | BindingFlags.Static)!.GetParameters()[0];

    [Fact]
    public async Task Absent_null_and_a_value_are_three_different_patches()
    {
        var body = await ReadAsync("""{"description": null, "name": "Run", "count": 3}""");

        Assert.Equal(Patch<string>.Absent, body.Field<string>("type"));
        Assert.Equal(Patch<string>.Of(null), body.Field<string>("description"));
        Assert.Equal(Patch<string>.Of("Run"), body.Field<string>("name"));
        Assert.Equal(Patch<int?>.Of(3), body.Field<int?>("count"));
        Assert.Null(body.Value<string>("type"));
    }

    [Theory]
    [InlineData("""{"name": 5}""")]
    [InlineData("""{"name": ["x"]}""")]
    [InlineData("""{"count": "15"}""")]
    [InlineData("""{"count": 1.5}""")]
    [InlineData("""{"count": 1e999}""")]
    [InlineData("""{"flag": "true"}""")]
    [InlineData("""{"flag": 1}""")]
    public async Task A_strict_body_refuses_a_field_of_the_wrong_type_as_malformed_json(string json)
    {
        var body = await ReadAsync(json);

        Assert.Throws<Microsoft.AspNetCore.Http.BadHttpRequestException>(() => ReadAll(body));
    }

    [Theory]
    [InlineData("""{"name": 5}""", "name")]
    [InlineData("""{"count": "15"}""", "count")]
    [InlineData("""{"count": 1.5}""", "count")]
    [InlineData("""{"flag": null}""", "flag")]
    public async Task A_lenient_body_hands_the_wrong_type_to_the_validator(string json, string field)
    {
        var body = (await ReadAsync(json)).Lenient;

        var isWrongType = field switch
        {
            "name" => body.Field<string>(field) is { IsPresent: true, IsWrongType: true, Value: null },
            "count" => body.Field<int?>(field) is { IsPresent: true, IsWrongType: true, Value: null },
            _ => body.NonNull<bool>(field) is { IsPresent: true, IsWrongType: true },
        };
        Assert.True(isWrongType);
        Assert.Equal(Patch<string>.Absent, body.Field<string>("absent"));
    }

    [Fact]
    public async Task A_field_that_cannot_be_null_refuses_null_but_not_absence()
    {
        var body = await ReadAsync("""{"flag": null, "list": null}""");

        Assert.Throws<Microsoft.AspNetCore.Http.BadHttpRequestException>(() => body.NonNull<bool?>("flag"));
        Assert.Throws<Microsoft.AspNetCore.Http.BadHttpRequestException>(() => body.NonNull<List<string>>("list"));
        Assert.Equal(Patch<bool?>.Absent, body.NonNull<bool?>("other"));
        Assert.Equal(Patch<bool?>.Of(null), body.Field<bool?>("flag"));
    }

    [Fact]
    public async Task Keys_match_exactly()
    {
        var body = await ReadAsync("""{"Name": "Run"}""");

        Assert.False(body.Field<string>("name").IsPresent);
    }

    [Fact]
    public async Task Nested_input_records_are_read_with_the_wire_names_and_the_same_rule()
    {
        var body = await ReadAsync("""{"metrics": [{"name": "Reps", "unit": "x", "is_top_set_metric": true}, null], "bad": [{"name": "a", "unit": 3}]}""");

        var metrics = body.Value<List<ActivityMetricInput?>>("metrics")!;
        Assert.Equal(new ActivityMetricInput(null, "Reps", "x", true, null), metrics[0]);
        Assert.Null(metrics[1]);
        Assert.Throws<Microsoft.AspNetCore.Http.BadHttpRequestException>(() => body.Field<List<ActivityMetricInput?>>("bad"));
        Assert.True(body.Lenient.Field<List<ActivityMetricInput?>>("bad").IsWrongType);
    }

    [Fact]
    public async Task A_json_blob_is_the_exact_text_sent_and_null_is_null_unless_stored_as_text()
    {
        var body = await ReadAsync("""{"data": { "a" : "15" }, "none": null, "text": "{\"b\": 1}"}""");

        Assert.Equal("""{ "a" : "15" }""", body.Json("data").Value);
        Assert.Equal(Patch<string>.Of(null), body.Json("none"));
        Assert.Equal(Patch<string>.Of("null"), RequestBody.NullAsText(body.Json("none")));
        Assert.Equal(Patch<string>.Absent, RequestBody.NullAsText(body.Json("absent")));
        Assert.Equal("""{"b": 1}""", body.TextOrJson("text").Value);
        Assert.Equal("""{"a":"15"}""", body.TextOrJson("data").Value);
        Assert.Equal("""{"b":"É"}""", (await ReadAsync("""{"data": {"b": "\u00c9"}}""")).TextOrJson("data").Value);
        Assert.Throws<Microsoft.AspNetCore.Http.BadHttpRequestException>(() => body.Json("data", JsonValueKind.Array, JsonValueKind.Null));
        Assert.True(body.Lenient.TextOrJson("data", JsonValueKind.String, JsonValueKind.Number).IsWrongType);
    }

    [Fact]
    public async Task A_list_of_objects_keeps_null_entries_and_refuses_other_values()
    {
        var body = await ReadAsync("""{"ok": [{"id": "a"}, null], "bad": [{"id": "a"}, 1], "one": {"id": "a"}}""");

        var entries = body.Objects("ok").Value!;
        Assert.Equal("a", entries[0]!.Value<string>("id"));
        Assert.Null(entries[1]);
        Assert.Throws<Microsoft.AspNetCore.Http.BadHttpRequestException>(() => body.Objects("bad"));
        Assert.Throws<Microsoft.AspNetCore.Http.BadHttpRequestException>(() => body.Objects("one"));
        Assert.True(body.Lenient.Objects("bad").IsWrongType);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("[{\"name\": \"x\"}]")]
    [InlineData("7")]
    [InlineData("\"text\"")]
    [InlineData("{\"name\": ")]
    [InlineData("")]
    public async Task A_body_that_is_not_one_json_object_is_malformed(string json) =>
        await Assert.ThrowsAsync<Microsoft.AspNetCore.Http.BadHttpRequestException>(() => BindAsync(json).AsTask());

    [Fact]
    public async Task A_json_null_body_and_no_body_are_no_body()
    {
        Assert.Null(await BindAsync("null"));
        Assert.Null(await BindAsync("{}", canHaveBody: false));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_an_unsupported_media_type()
    {
        var failure = await Assert.ThrowsAsync<BadHttpRequestException>(() => BindAsync("{}", contentType: "text/plain").AsTask());

        Assert.Equal(StatusCodes.Status415UnsupportedMediaType, failure.StatusCode);
    }

    private static void ReadAll(RequestBody body)
    {
        body.Field<string>("name");
        body.Field<int?>("count");
        body.Field<bool?>("flag");
    }

    private static async Task<RequestBody> ReadAsync(string json) => (await BindAsync(json))!;

    private static ValueTask<RequestBody?> BindAsync(string json, string contentType = "application/json", bool canHaveBody = true)
    {
        var context = new DefaultHttpContext();
        context.Request.ContentType = contentType;
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(json));
        context.Features.Set<IHttpRequestBodyDetectionFeature>(new BodyDetection(canHaveBody));
        return RequestBody.BindAsync(context, Parameter);
    }

    private static void Endpoint(RequestBody body) => GC.KeepAlive(body);

    private sealed class BodyDetection(bool canHaveBody) : IHttpRequestBodyDetectionFeature
    {
        public bool CanHaveBody { get; } = canHaveBody;
    }
}
