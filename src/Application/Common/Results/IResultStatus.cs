namespace FractalGoals.Application.Common.Results;

/// <summary>Lets a pipeline behaviour read the outcome of any <see cref="Result{T}"/> without knowing T.</summary>
public interface IResultStatus
{
    ResultStatus Status { get; }
}
