using FractalGoals.Api.Http;

namespace FractalGoals.Api.Endpoints.Goals;

/// <summary>
/// The body of #10/#11: <c>{"completed": bool}</c>, a missing <c>completed</c> meaning false as in the contract. No
/// body at all (or a JSON null) gives null, "flip it" (ADR 0048): the React client always sends the field.
/// </summary>
internal static class CompletionBody
{
    public static bool? Read(RequestBody? body) => body is null ? null : body.Value<bool?>("completed") ?? false;
}
