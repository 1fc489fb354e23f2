using FractalGoals.Application.ReadModels;

namespace FractalGoals.Application.Common.Versions;

/// <summary>
/// The version of one stored resource as HTTP sees it (ADR 0044): a strong entity tag made of the row's
/// <c>updated_at</c> in the wire's own format, so any body that carries <c>updated_at</c> also tells a client the
/// tag to send back in <c>If-Match</c>. A legacy row that never had an <c>updated_at</c> is <c>"0"</c>.
/// </summary>
public readonly record struct ResourceVersion(DateTime? UpdatedAt)
{
    public string Tag => "\"" + (WireFormat.DateTimeText(UpdatedAt) ?? "0") + "\"";

    /// <summary>Strong comparison (RFC 9110 §13.1.1): <c>*</c> or an identical tag; a weak tag never matches.</summary>
    public bool MatchesAny(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var tag = Tag;
        return tags.Any(t => t == "*" || t == tag);
    }
}
