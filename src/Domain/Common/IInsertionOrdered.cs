namespace FractalGoals.Domain.Common;

/// <summary>
/// A child row whose order among its siblings is the order it was added (api-contract §1.9: a session's links,
/// metric definitions, metric values, program blocks and days, a day's sessions). The store keeps the sequence
/// (SQLite's rowid, ADR 0021): <see cref="InsertionOrder"/> is 0 until the row is saved, and unsaved rows keep
/// the order they were made in (<see cref="CreationTicket"/>).
/// </summary>
public interface IInsertionOrdered
{
    long InsertionOrder { get; }

    long CreationTicket { get; }
}
