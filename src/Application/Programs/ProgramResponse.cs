using System.Text.Json.Nodes;

namespace FractalGoals.Application.Programs;

/// <summary>api-contract §2.8 Program: the stored JSON lists parsed, blocks → days → sessions nested.</summary>
public sealed record ProgramResponse(
    string Id, string RootId, string Name, string Description, DateTime StartDate, DateTime EndDate,
    DateTime? CreatedAt, DateTime? UpdatedAt, bool IsActive, JsonNode? GoalIds, JsonNode? WeeklySchedule,
    IReadOnlyList<ProgramBlockResponse> Blocks);

/// <summary>§2.8 ProgramBlock; <c>days</c> by day number, unnumbered first.</summary>
public sealed record ProgramBlockResponse(
    string Id, string ProgramId, string Name, DateOnly? StartDate, DateOnly? EndDate, string? Color, JsonNode? GoalIds,
    IReadOnlyList<ProgramDayResponse> Days);

/// <summary>§2.8 ProgramDay; sessions in insertion order.</summary>
public sealed record ProgramDayResponse(
    string Id, string BlockId, DateOnly? Date, int? DayNumber, string? Name, string? Notes,
    IReadOnlyList<ScheduledSessionResponse> Sessions);

/// <summary>§2.8 ScheduledSession; <c>template_name</c> is null when the template id names nothing.</summary>
public sealed record ScheduledSessionResponse(
    string Id, string DayId, string? SessionTemplateId, bool? IsCompleted, JsonNode? CompletionData, string? TemplateName);

/// <summary>The <c>{"message": …}</c> answer of the delete and day endpoints.</summary>
public sealed record ProgramsMessageResponse(string Message);

/// <summary>#54: the message and the block as it is now.</summary>
public sealed record BlockGoalAttachedResponse(string Message, ProgramBlockResponse Block);
