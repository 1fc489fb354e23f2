using System.Text.Json;
using FractalGoals.Api.Http;
using FractalGoals.Application.Goals;

namespace FractalGoals.Api.Endpoints.Goals;

/// <summary>
/// The body of a goal update (#8, #15), read leniently: the validator answers a wrong type with the field's own
/// message ("Name must be a string", "Targets must be a JSON array"). Targets travel as the exact text sent (ADR 0015).
/// </summary>
internal static class GoalChangesBody
{
    public static GoalChanges Read(RequestBody body)
    {
        var fields = body.Lenient;
        return new GoalChanges(
            fields.Field<string>("name"),
            fields.Field<string>("description"),
            fields.Field<string>("deadline"),
            fields.Json("targets", JsonValueKind.Array, JsonValueKind.Null));
    }
}
