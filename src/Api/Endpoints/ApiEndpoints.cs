using FractalGoals.Api.Endpoints.Activities;
using FractalGoals.Api.Endpoints.Goals;
using FractalGoals.Api.Endpoints.Programs;
using FractalGoals.Api.Endpoints.Sessions;
using FractalGoals.Api.Endpoints.Templates;
using FractalGoals.Api.Http;

namespace FractalGoals.Api.Endpoints;

internal static class ApiEndpoints
{
    /// <summary>
    /// Every /api route, one group per module; CORS applies to /api only (api-contract §1.2). In <c>Accounts</c> mode
    /// every one needs a signed-in caller (ADR 0051): the authorization middleware answers 401 before the endpoint.
    /// </summary>
    public static IEndpointRouteBuilder MapApiEndpoints(this IEndpointRouteBuilder app, bool requireAccount = false)
    {
        var api = app.MapGroup("/api").RequireCors(HttpSetup.CorsPolicy).ReadIfMatch();
        if (requireAccount) api.RequireAuthorization();
        api.MapFractalEndpoints();
        api.MapGoalEndpoints();
        api.MapLegacyGoalEndpoints();
        api.MapSessionEndpoints();
        api.MapSessionActivityEndpoints();
        api.MapActivityInstanceEndpoints();
        api.MapActivityGroupEndpoints();
        api.MapActivityEndpoints();
        api.MapSessionTemplateEndpoints();
        api.MapProgramEndpoints();
        api.MapProgramDayEndpoints();
        return app;
    }
}
