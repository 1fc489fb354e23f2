using FractalGoals.Domain.Templates;

namespace FractalGoals.Domain.Programs;

/// <summary>
/// What an update of a program day changes (api-contract #51); a null member is left alone. A blank
/// <see cref="Name"/> clears the name. <see cref="Templates"/>, when given, replaces every scheduled session.
/// </summary>
public sealed record DayUpdate(string? Name = null, int? DayNumber = null, IReadOnlyList<SessionTemplate>? Templates = null);
