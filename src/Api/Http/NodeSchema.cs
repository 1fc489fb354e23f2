using System.ComponentModel;
using System.Text.Json.Nodes;
using FractalGoals.Application.ReadModels;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FractalGoals.Api.Http;

/// <summary>
/// The OpenAPI schema of a GoalNode or SessionNode (api-contract §2.1, §2.2). <see cref="GoalNode"/> is written by
/// its renderer, not serialized, so the generator sees no members; its schema is taken from these description
/// types instead, which exist for the document only. <c>NodeSchemaTests</c> holds every key of real answers to them.
/// </summary>
internal static class NodeSchema
{
    public static OpenApiOptions DescribeNodes(this OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddSchemaTransformer(async (schema, context, cancellationToken) =>
        {
            if (context.JsonTypeInfo.Type != typeof(GoalNode)) return;
            var described = await context.GetOrCreateSchemaAsync(typeof(GoalNodeDescription), cancellationToken: cancellationToken);
            schema.Type = JsonSchemaType.Object;
            schema.Description = described.Description;
            schema.Properties = described.Properties;
            schema.Required = described.Required;
        });
        // Children are nodes of this same schema: a reference the description types cannot name, set once the
        // document is whole (a schema transformer referring to its own schema recurses while it is resolved).
        return options.AddDocumentTransformer((document, _, _) =>
        {
            if (document.Components?.Schemas?.TryGetValue(nameof(GoalNode), out var node) == true && node.Properties?["children"] is OpenApiSchema children)
                children.Items = new OpenApiSchemaReference(nameof(GoalNode), document);
            return Task.CompletedTask;
        });
    }
}

[Description("A goal (GoalNode, api-contract §2.1) or a practice session (SessionNode, §2.2), the session keys marked as such.")]
internal sealed class GoalNodeDescription
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    [Description("Only in the answer of POST /api/fractals: the new fractal's description, as that answer always had it (ADR 0048).")]
    public string? Description { get; init; }

    [Description("Sessions only: the same value as attributes.session_start (ADR 0048).")]
    public string? SessionStart { get; init; }

    [Description("Sessions only: the same value as attributes.session_end.")]
    public string? SessionEnd { get; init; }

    [Description("Sessions only: the same value as attributes.total_duration_seconds.")]
    public int? TotalDurationSeconds { get; init; }

    [Description("Sessions only: the same value as attributes.template_id.")]
    public string? TemplateId { get; init; }

    public required GoalAttributes Attributes { get; init; }

    [Description("The child nodes, ordered by sort_order then created_at; [] when the answer is \"without children\".")]
    public required IReadOnlyList<JsonObject> Children { get; init; }
}

[Description("A goal's attributes: the contract's, then parent_id and root_id (ADR 0048), then a session's own.")]
internal sealed class GoalAttributes
{
    public required string Id { get; init; }

    [Description("UltimateGoal, LongTermGoal, MidTermGoal, ShortTermGoal, PracticeSession, ImmediateGoal, MicroGoal or NanoGoal.")]
    public required string Type { get; init; }

    public required string? Description { get; init; }

    [Description("Midnight of the deadline's date, e.g. 2026-01-10T00:00:00.")]
    public required string? Deadline { get; init; }

    public required bool Completed { get; init; }

    public required string? CreatedAt { get; init; }

    public required string? UpdatedAt { get; init; }

    [Description("The goal's targets exactly as stored (domain-rules §8.1); [] when none.")]
    public required JsonArray Targets { get; init; }

    [Description("The parent goal's id; null for a fractal's root and a session without a parent (ADR 0048).")]
    public required string? ParentId { get; init; }

    [Description("The id of the fractal the goal belongs to (ADR 0048).")]
    public required string RootId { get; init; }

    [Description("Sessions only.")]
    public int? DurationMinutes { get; init; }

    [Description("Sessions only.")]
    public string? SessionStart { get; init; }

    [Description("Sessions only.")]
    public string? SessionEnd { get; init; }

    [Description("Sessions only.")]
    public int? TotalDurationSeconds { get; init; }

    [Description("Sessions only.")]
    public string? TemplateId { get; init; }

    [Description("Sessions only: the linked short-term goals.")]
    public IReadOnlyList<string>? ParentIds { get; init; }

    [Description("Sessions only, and absent when the session stores none: the session's JSON with its sections' exercises hydrated from its activity instances (§2.2).")]
    public JsonNode? SessionData { get; init; }
}
