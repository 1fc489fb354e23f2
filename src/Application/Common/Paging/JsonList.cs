using System.Text.Json.Nodes;

namespace FractalGoals.Application.Common.Paging;

/// <summary>
/// A list body, rendered one item at a time as it is written (ADR 0030): each node is built, streamed and dropped,
/// so a multi-megabyte list never exists whole as a node graph. Enumerate once. When a page was asked for,
/// <paramref name="TotalCount"/> is the whole list's length (sent as a header, not in the body).
/// </summary>
public sealed record JsonList(IEnumerable<JsonNode> Items, int? TotalCount = null);
