using System.Text.Json.Nodes;

namespace FractalGoals.Application.Common.Paging;

/// <summary>A list body and, when a page was asked for, how many rows the whole list has (sent as a header, not in the body).</summary>
public sealed record JsonPage(JsonArray Items, int? TotalCount);
