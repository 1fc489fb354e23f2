namespace FractalGoals.Application.Common.Versions;

/// <summary>
/// What the client said it last saw (<c>If-Match</c>), for the one command of this request scope (ADR 0044). The Api
/// fills it from the request; the unit of work holds it against the version of the resource the command changes —
/// the route's most specific id that names a versioned row the command loaded — before anything is saved.
/// Without <c>If-Match</c> it is empty and a command behaves exactly as it always did.
/// </summary>
public sealed class WritePrecondition
{
    public IReadOnlyList<string> IfMatch { get; private set; } = [];

    /// <summary>The ids of the route, most specific first (<c>…/sessions/{session_id}/activities/{instance_id}</c>: the instance, then the session).</summary>
    public IReadOnlyList<string> ResourceIds { get; private set; } = [];

    public bool IsSet => IfMatch.Count > 0;

    public void Require(IReadOnlyList<string> ifMatch, IReadOnlyList<string> resourceIds)
    {
        ArgumentNullException.ThrowIfNull(ifMatch);
        ArgumentNullException.ThrowIfNull(resourceIds);
        (IfMatch, ResourceIds) = (ifMatch, resourceIds);
    }
}
