using FractalGoals.Api.Http;
using FractalGoals.Application.Templates.CreateTemplate;
using FractalGoals.Application.Templates.DeleteTemplate;
using FractalGoals.Application.Templates.GetTemplate;
using FractalGoals.Application.Templates.ListTemplates;
using FractalGoals.Application.Templates.UpdateTemplate;
using FractalGoals.Application.Templates;
using Mediator;

namespace FractalGoals.Api.Endpoints.Templates;

/// <summary>Contract §4.9: session templates. <c>template_data</c> travels as the exact JSON text the client sent.</summary>
internal static class SessionTemplateEndpoints
{
    public static RouteGroupBuilder MapSessionTemplateEndpoints(this RouteGroupBuilder api)
    {
        var templates = api.MapGroup("/{root_id}/session-templates").WithTags("Session templates");
        templates.MapGet("", List).WithName("ListSessionTemplates").Reads<IReadOnlyList<SessionTemplateResponse>>();
        templates.MapGet("/{template_id}", Get).WithName("GetSessionTemplate").Reads<SessionTemplateResponse>().Versioned();
        templates.MapPost("", Create).WithName("CreateSessionTemplate").Writes<SessionTemplateResponse>(StatusCodes.Status201Created);
        templates.MapPut("/{template_id}", Update).WithName("UpdateSessionTemplate").Writes<SessionTemplateResponse>();
        templates.MapDelete("/{template_id}", Delete).WithName("DeleteSessionTemplate").Writes<TemplatesMessageResponse>();
        return api;
    }

    private static async Task<IResult> List(string root_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new ListTemplatesQuery(root_id), ct)).ToHttp();

    private static async Task<IResult> Get(string root_id, string template_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new GetTemplateQuery(root_id, template_id), ct)).ToHttp();

    // A sent null template_data is "no data" here (#37); the value's own text is stored otherwise.
    private static async Task<IResult> Create(string root_id, RequestBody body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new CreateTemplateCommand(root_id, body.Value<string>("name"), body.Value<string>("description"), body.Json("template_data").Value), ct)).ToHttp();

    // An update stores a sent null template_data as the text null (#38).
    private static async Task<IResult> Update(string root_id, string template_id, RequestBody body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new UpdateTemplateCommand(root_id, template_id,
            body.Value<string>("name"), body.Field<string>("description"), RequestBody.NullAsText(body.Json("template_data")).Value), ct)).ToHttp();

    private static async Task<IResult> Delete(string root_id, string template_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new DeleteTemplateCommand(root_id, template_id), ct)).ToHttp();
}
