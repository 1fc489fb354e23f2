using System.Text.Json.Nodes;
using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Templates;
using Mapster;

namespace FractalGoals.Application.Templates;

/// <summary>
/// Read-side mapping of the Templates module. The stored layout is parsed as a whole into one node (never mapped
/// member by member, which would copy or drop client keys); unreadable or empty text renders as <c>{}</c> (§2.7).
/// </summary>
internal sealed class TemplatesMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.NewConfig<SessionTemplate, SessionTemplateResponse>()
            .MapWith(s => new SessionTemplateResponse(s.Id.Value, s.Name, s.Description, WireFormat.ParseOr(s.TemplateData, () => new JsonObject())));
    }
}
