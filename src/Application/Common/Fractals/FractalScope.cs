using Ardalis.Specification;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Common.Fractals;

/// <summary>
/// The fractal the current message acts in, as the gate resolved it; one per request scope. Handlers take the
/// root and its id from here and never check the fractal themselves (ADR 0036).
/// </summary>
public sealed class FractalScope(IReadRepository<Goal> goals, IUnitOfWork writes)
{
    private GoalId? _rootId;
    private Goal? _root;

    /// <summary>The fractal's id; valid id text, but for a folded read not yet known to be a live fractal.</summary>
    public GoalId RootId => _rootId ?? throw new InvalidOperationException("No fractal was entered: the message is not an IFractalRequest");

    /// <summary>The live root the gate looked up (tracked for a command). Not loaded for a folded read.</summary>
    public Goal Root => _root ?? throw new InvalidOperationException("The fractal root is not loaded for a folded read; read through the scope instead");

    internal ValueTask EnterAsync(string? rootText, bool lookUp, bool forUpdate, CancellationToken cancellationToken) =>
        EnterAsync(rootText, lookUp, forUpdate, includingDeleted: false, cancellationToken);

    internal async ValueTask EnterAsync(string? rootText, bool lookUp, bool forUpdate, bool includingDeleted, CancellationToken cancellationToken)
    {
        if (_rootId is not null) throw new InvalidOperationException("A fractal was already entered in this scope");
        if (!GoalId.TryParse(rootText, out var rootId)) throw new FractalNotFoundException();
        if (forUpdate) await writes.LockFractalAsync(rootId.Value, cancellationToken);   // before the first read (ADR 0045)
        if (lookUp)
            _root = await goals.FirstOrDefaultAsync(new AccessibleFractalSpec(rootId, forUpdate, includingDeleted), cancellationToken) ?? throw new FractalNotFoundException();
        _rootId = rootId;
    }

    /// <summary>Forgets the fractal entered, so a retried command enters it again in its new transaction (ADR 0042).</summary>
    internal void Leave()
    {
        _rootId = null;
        _root = null;
    }

    /// <summary>
    /// A root-scoped list with the fractal check folded into its one query (ADR 0034); only an empty list asks again
    /// whether the fractal exists.
    /// </summary>
    public async Task<List<T>> ListAsync<T>(IReadRepository<T> rows, ISpecification<T> specification, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (_root is not null) return await rows.ListAsync(specification, cancellationToken);
        return await rows.ListInFractalAsync(new AccessibleFractalSpec(RootId), specification, cancellationToken) ?? throw new FractalNotFoundException();
    }

    /// <summary>
    /// Every live goal of the fractal (sessions included) and its root among them: the rows a whole-fractal read needs
    /// anyway answer the fractal check too, in memory, with the same condition (ADR 0034).
    /// </summary>
    public async Task<LiveFractal> ReadLiveGoalsAsync(CancellationToken cancellationToken, bool forUpdate = false)
    {
        var members = await goals.ListAsync(new FractalGoalsSpec(RootId, forUpdate), cancellationToken);
        var root = new AccessibleFractalSpec(RootId).Evaluate(members).FirstOrDefault() ?? throw new FractalNotFoundException();
        _root ??= root;
        return new LiveFractal(root, members);
    }
}
