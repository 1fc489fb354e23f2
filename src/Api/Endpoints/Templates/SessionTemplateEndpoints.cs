using System.Text.Json;
using FractalGoals.Api.Http;
using FractalGoals.Application.Templates.CreateTemplate;
using FractalGoals.Application.Templates.DeleteTemplate;
using FractalGoals.Application.Templates.GetTemplate;
using FractalGoals.Application.Templates.ListTemplates;
using FractalGoals.Application.Templates.UpdateTemplate;
using FractalGoals.Application.Templates;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace FractalGoals.Api.Endpoints.Templates;

/// <summary>Contract §4.9: session templates. <c>template_data</c> travels as the exact JSON text the client sent.</summary>
internal static class SessionTemplateEndpoints
{
    public static RouteGroupBuilder MapSessionTemplateEndpoints(this RouteGroupBuilder api)
    {
        var templates = api.MapGroup("/{root_id}/session-templates").WithTags("Session templates");
        templates.MapGet("", List).WithName("ListSessionTemplates").Reads<IReadOnlyList<SessionTemplateResponse>>();
        templates.MapGet("/{template_id}", Get).WithName("GetSessionTemplate").Reads<SessionTemplateResponse>();
        templates.MapPost("", Create).WithName("CreateSessionTemplate").Writes<SessionTemplateResponse>(StatusCodes.Status201Created);
        templates.MapPut("/{template_id}", Update).WithName("UpdateSessionTemplate").Writes<SessionTemplateResponse>();
        templates.MapDelete("/{template_id}", Delete).WithName("DeleteSessionTemplate").Writes<TemplatesMessageResponse>();
        return api;
    }

    private static async Task<IResult> List(string root_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new ListTemplatesQuery(root_id), ct)).ToHttp();

    private static async Task<IResult> Get(string root_id, string template_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new GetTemplateQuery(root_id, template_id), ct)).ToHttp();

    private static async Task<IResult> Create(string root_id, JsonElement body, IOptions<JsonOptions> json, ISender sender, CancellationToken ct)
    {
        PresentFields.EnsureObject(body);
        var options = json.Value.SerializerOptions;
        // A sent null is "no data" here (#37); the value's own text is stored otherwise.
        var data = body.TryGetProperty("template_data", out var value) && value.ValueKind != JsonValueKind.Null ? value.GetRawText() : null;
        var command = new CreateTemplateCommand(root_id, PresentFields.Get<string>(body, "name", options), PresentFields.Get<string>(body, "description", options), data);
        return (await sender.Send(command, ct)).ToHttp();
    }

    private static async Task<IResult> Update(string root_id, string template_id, JsonElement body, IOptions<JsonOptions> json, ISender sender, CancellationToken ct)
    {
        PresentFields.EnsureObject(body);
        var options = json.Value.SerializerOptions;
        var command = new UpdateTemplateCommand(root_id, template_id,
            PresentFields.Get<string>(body, "name", options),
            PresentFields.Field<string>(body, "description", options),
            PresentFields.RawText(body, "template_data"));
        return (await sender.Send(command, ct)).ToHttp();
    }

    private static async Task<IResult> Delete(string root_id, string template_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new DeleteTemplateCommand(root_id, template_id), ct)).ToHttp();
}
