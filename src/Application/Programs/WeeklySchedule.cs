using System.Text.Json;
using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Programs;
using FractalGoals.Domain.Templates;

namespace FractalGoals.Application.Programs;

/// <summary>
/// The <c>weeklySchedule</c> a client sent, read as block drafts for the schedule sync (api-contract §4.11.1).
/// Not an array: nothing to sync (the text is still stored). A malformed block is a 400 with a clear message
/// where the legacy server answered 500; template ids that cannot be ids are reported as missing templates.
/// </summary>
internal sealed record WeeklySchedule(bool IsSynced, IReadOnlyList<BlockDraft> Blocks)
{
    private static readonly Dictionary<string, DayOfWeek> Weekdays =
        Enum.GetValues<DayOfWeek>().ToDictionary(d => d.ToString().ToLowerInvariant(), StringComparer.Ordinal);

    public IEnumerable<SessionTemplateId> TemplateIds =>
        Blocks.SelectMany(b => Enum.GetValues<DayOfWeek>().SelectMany(b.TemplatesOn)).Distinct();

    public IReadOnlyList<ProgramBlockId> BlockIds => [.. Blocks.Select(b => b.Id).OfType<ProgramBlockId>()];

    public static Result<WeeklySchedule> Read(string rawJson)
    {
        using var document = JsonDocument.Parse(rawJson);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
            return new WeeklySchedule(false, []);
        var blocks = new List<BlockDraft>();
        foreach (var element in document.RootElement.EnumerateArray())
        {
            var block = ReadBlock(element);
            if (!block.IsSuccess) return block.Failed<WeeklySchedule>();
            blocks.Add(block.Value!);
        }
        return new WeeklySchedule(true, blocks);
    }

    private static Result<BlockDraft> ReadBlock(JsonElement block)
    {
        if (block.ValueKind != JsonValueKind.Object)
            return Result<BlockDraft>.Invalid("Each block of weeklySchedule must be an object");
        ProgramBlockId? id = null;
        if (block.TryGetProperty("id", out var idValue) && idValue.ValueKind != JsonValueKind.Null)
        {
            // The client sends Date.now() as a string; a bare number is taken as its digits.
            var text = idValue.ValueKind switch { JsonValueKind.String => idValue.GetString(), JsonValueKind.Number => idValue.GetRawText(), _ => null };
            if (!ProgramBlockId.TryParse(text, out var parsed)) return Result<BlockDraft>.Invalid("Invalid block id");
            id = parsed;
        }
        if (!OptionalText(block, "name", out var name) || !OptionalText(block, "color", out var color))
            return Result<BlockDraft>.Invalid("Block name and color must be strings");
        if (!RequiredDate(block, "startDate", out var start, out var startError)) return Result<BlockDraft>.Invalid(startError!);
        if (!RequiredDate(block, "endDate", out var end, out var endError)) return Result<BlockDraft>.Invalid(endError!);
        var weekdays = ReadWeekdays(block);
        return weekdays.IsSuccess ? new BlockDraft(id, name, start, end, color, weekdays.Value) : weekdays.Failed<BlockDraft>();
    }

    private static Result<IReadOnlyDictionary<DayOfWeek, IReadOnlyList<SessionTemplateId>>> ReadWeekdays(JsonElement block)
    {
        var result = new Dictionary<DayOfWeek, IReadOnlyList<SessionTemplateId>>();
        if (!block.TryGetProperty("weeklySchedule", out var schedule) || schedule.ValueKind == JsonValueKind.Null) return result;
        if (schedule.ValueKind != JsonValueKind.Object)
            return Result<IReadOnlyDictionary<DayOfWeek, IReadOnlyList<SessionTemplateId>>>.Invalid("A block's weeklySchedule must be an object");
        foreach (var day in schedule.EnumerateObject())
        {
            if (!Weekdays.TryGetValue(day.Name, out var weekday) || day.Value.ValueKind == JsonValueKind.Null) continue;   // "daily" is never read
            if (day.Value.ValueKind != JsonValueKind.Array || day.Value.EnumerateArray().Any(t => t.ValueKind != JsonValueKind.String))
                return Result<IReadOnlyDictionary<DayOfWeek, IReadOnlyList<SessionTemplateId>>>.Invalid($"weeklySchedule.{day.Name} must be a list of template ids");
            var ids = ProgramReferences.TemplateIds(day.Value.EnumerateArray().Select(t => t.GetString()!));
            if (ids is null) return Result<IReadOnlyDictionary<DayOfWeek, IReadOnlyList<SessionTemplateId>>>.NotFound("Template not found");
            result[weekday] = ids;
        }
        return result;
    }

    private static bool OptionalText(JsonElement block, string key, out string? value)
    {
        value = null;
        if (!block.TryGetProperty(key, out var element) || element.ValueKind == JsonValueKind.Null) return true;
        if (element.ValueKind != JsonValueKind.String) return false;
        value = element.GetString();
        return true;
    }

    private static bool RequiredDate(JsonElement block, string key, out DateOnly value, out string? error)
    {
        value = default;
        error = null;
        if (!block.TryGetProperty(key, out var element) || element.ValueKind == JsonValueKind.Null)
            error = $"Block {key} is required";
        else if (element.ValueKind != JsonValueKind.String || !ClientTime.TryParseDate(element.GetString(), out value))
            error = "Invalid date format";
        return error is null;
    }
}
