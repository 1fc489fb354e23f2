namespace FractalGoals.Domain.Common;

public static class SiblingOrder
{
    /// <summary>
    /// Siblings in the order they were added: saved rows by their store sequence, then unsaved ones in the order they
    /// were made. A freshly loaded list comes in key order, so it is never trusted as it is.
    /// </summary>
    public static IReadOnlyList<T> Of<T>(IReadOnlyList<T> items)
        where T : IInsertionOrdered
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count < 2
            ? items
            : [.. items.OrderBy(i => i.InsertionOrder == 0 ? long.MaxValue : i.InsertionOrder).ThenBy(i => i.CreationTicket)];
    }
}
