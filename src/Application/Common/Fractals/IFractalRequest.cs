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
