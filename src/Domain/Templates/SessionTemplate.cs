using System.Globalization;
using System.Text.Json;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Templates;

/// <summary>
/// A reusable section/activity layout of one fractal (domain-rules §3.9, §8.3). The layout is client JSON kept
/// as the exact text sent. Soft-deleted on its own, or hidden with its fractal; a deleted template accepts no
/// changes. Programs refer to it by id only (a scheduled session may outlive it).
/// </summary>
public sealed class SessionTemplate : AggregateRoot<SessionTemplateId>, IRootScoped, ISoftDeletable, IAuditable
{
    private SessionTemplate()
    {
    }

    public string Name { get; private set; } = string.Empty;

    public string Description { get; private set; } = string.Empty;

    public GoalId RootId { get; private set; }

    public DateTime? CreatedAt { get; private set; }

    /// <summary>Raw JSON (§8.3), exactly as the client sent it.</summary>
    public string TemplateData { get; private set; } = string.Empty;

    public DateTime? DeletedAt { get; private set; }

    public DateTime? UpdatedAt { get; private set; }

    public bool IsDeleted => DeletedAt is not null;

    /// <summary>A template of a live fractal. Its data must say something: <c>null</c>, <c>{}</c>, <c>[]</c>, <c>""</c>, <c>0</c> and <c>false</c> do not .</summary>
    public static SessionTemplate Create(Goal fractalRoot, string? name, string? description, JsonText templateData, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(fractalRoot);
        ArgumentNullException.ThrowIfNull(templateData);
        if (!fractalRoot.IsFractalRoot)
            throw new DomainRuleViolationException(GoalRules.NotAFractalRoot, "Fractal not found");
        fractalRoot.EnsureLive();
        var validName = ValidName(name);
        if (IsFalsy(templateData))
            throw new DomainRuleViolationException(TemplateRules.DataRequired, "Template data is required");
        var at = Timestamp.Naive(now);
        return new SessionTemplate
        {
            Id = SessionTemplateId.New(), RootId = fractalRoot.Id, Name = validName,
            Description = TextRules.Description(description), TemplateData = templateData.Raw,
            CreatedAt = at, UpdatedAt = at,
        };
    }

    public void Rename(string? name, DateTime now) => Change(Name, ValidName(name), v => Name = v, now);

    public void Describe(string? description, DateTime now) => Change(Description, TextRules.Description(description), v => Description = v, now);

    /// <summary>Replaces the layout verbatim. The contract's update has no emptiness check (#38), only creation does.</summary>
    public void ReplaceData(JsonText templateData, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(templateData);
        Change(TemplateData, templateData.Raw, v => TemplateData = v, now);
    }

    /// <summary>Deletes this template on its own; the stamp is what a later <see cref="Restore"/> undoes.</summary>
    public void Delete(DateTime now)
    {
        if (IsDeleted)
            throw new DomainRuleViolationException(TemplateRules.AlreadyDeleted, "Template not found");
        DeletedAt = Timestamp.Naive(now);
    }

    /// <summary>
    /// Undoes this template's own delete. A template hidden with its fractal comes back only with the fractal
    /// (<see cref="RevealWith"/>), so the fractal must be live here.
    /// </summary>
    public void Restore(Goal fractalRoot)
    {
        ArgumentNullException.ThrowIfNull(fractalRoot);
        if (fractalRoot.Id != RootId)
            throw new DomainRuleViolationException(TemplateRules.CrossFractal, "Template not found");
        if (!IsDeleted)
            throw new DomainRuleViolationException(TemplateRules.NotDeleted, "Template is not deleted");
        if (fractalRoot.IsDeleted)
            throw new DomainRuleViolationException(TemplateRules.FractalDeleted, "Restore the fractal first");
        DeletedAt = null;
    }

    /// <summary>Follows the deletion of its fractal. Deleting goals inside the fractal does not concern templates.</summary>
    public void HideWith(GoalDeletion deletion)
    {
        ArgumentNullException.ThrowIfNull(deletion);
        SoftDeleteStamp.EnsureSameFractal(this, deletion.RootId);
        if (!deletion.IsFractalDeletion) return;
        DeletedAt = SoftDeleteStamp.Hide(DeletedAt, deletion.At);
    }

    /// <summary>Comes back with its fractal only if it was hidden by that same delete.</summary>
    public void RevealWith(GoalRestoration restoration)
    {
        ArgumentNullException.ThrowIfNull(restoration);
        SoftDeleteStamp.EnsureSameFractal(this, restoration.RootId);
        if (!restoration.IsFractalRestoration) return;
        DeletedAt = SoftDeleteStamp.Reveal(DeletedAt, restoration.Stamp);
    }

    internal void EnsureLive()
    {
        if (IsDeleted)
            throw new DomainRuleViolationException(TemplateRules.Deleted, "Template not found");
    }

    private static string ValidName(string? name) => TextRules.Name(name, TemplateRules.NameRequired, "Template name is required");

    // The legacy check is Python truthiness of the decoded value (#37).
    private static bool IsFalsy(JsonText json)
    {
        using var document = JsonDocument.Parse(json.Raw);
        var root = document.RootElement;
        return root.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.False or JsonValueKind.Undefined => true,
            JsonValueKind.Object => !root.EnumerateObject().Any(),
            JsonValueKind.Array => root.GetArrayLength() == 0,
            JsonValueKind.String => root.GetString()!.Length == 0,
            JsonValueKind.Number => double.TryParse(root.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n == 0,
            _ => false,
        };
    }

    /// <summary>Applies a change and bumps <see cref="UpdatedAt"/> only when the value really differs (§7).</summary>
    private void Change<T>(T current, T next, Action<T> apply, DateTime now)
    {
        EnsureLive();
        if (EqualityComparer<T>.Default.Equals(current, next)) return;
        apply(next);
        UpdatedAt = Timestamp.Naive(now);
    }
}
