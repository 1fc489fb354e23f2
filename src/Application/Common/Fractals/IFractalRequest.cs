namespace FractalGoals.Application.Common.Fractals;

/// <summary>
/// A message that acts inside one fractal: the route's <c>{root_id}</c>, as sent. The fractal-scope gate
/// (<see cref="FractalGateBehavior{TMessage, TResponse}"/>) resolves it before validation and before the handler,
/// which then reads the fractal from <see cref="FractalScope"/> (ADR 0036).
/// </summary>
public interface IFractalRequest
{
    string RootId { get; }
}

/// <summary>
/// A read whose one query carries the fractal check itself (ADR 0034): the gate parses the id but does not look the
/// fractal up, and the handler reads through <see cref="FractalScope.ListAsync{T}"/> or
/// <see cref="FractalScope.ReadLiveGoalsAsync"/>, which answer "Fractal not found" without a second round trip.
/// </summary>
public interface IFoldedFractalRead : IFractalRequest;

/// <summary>
/// A command that may address a deleted fractal: restoring the fractal itself (issue 4) names exactly the root the
/// ordinary condition refuses. When <see cref="EntersDeletedFractal"/> the gate looks the root up deleted or not;
/// every other condition of <see cref="AccessibleFractalSpec"/> still applies, and so does the 404 for the rest.
/// </summary>
public interface IRestoringFractalRequest : IFractalRequest
{
    bool EntersDeletedFractal { get; }
}
