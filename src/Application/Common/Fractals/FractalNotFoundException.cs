namespace FractalGoals.Application.Common.Fractals;

/// <summary>
/// The gate's refusal: the route's fractal is missing, deleted, not a root, or not the caller's to act on — all
/// answered alike, 404 "Fractal not found" (contract §1.7). An exception rather than a <c>Result</c> because it is
/// raised outside the handler (by the pipeline, or inside a folded read) and must stop the command before anything
/// is validated or saved; the API maps it in its one error exit.
/// </summary>
public sealed class FractalNotFoundException : Exception
{
    public const string Text = "Fractal not found";

    public FractalNotFoundException()
        : base(Text)
    {
    }

    public FractalNotFoundException(string message)
        : base(message)
    {
    }

    public FractalNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
