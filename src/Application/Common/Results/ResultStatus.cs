namespace FractalGoals.Application.Common.Results;

public enum ResultStatus
{
    Ok = 1,
    Created = 2,
    NotFound = 3,
    Invalid = 4,
    Conflict = 5,
}
