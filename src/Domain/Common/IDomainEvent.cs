namespace FractalGoals.Domain.Common;

/// <summary>
/// Something that happened in the domain. A plain marker: the Application layer adapts it to the
/// mediator's notification type, so the domain stays free of packages (ADR 0002).
/// </summary>
#pragma warning disable CA1040 // a marker interface is the point
public interface IDomainEvent;
#pragma warning restore CA1040
