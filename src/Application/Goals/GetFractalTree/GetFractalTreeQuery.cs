using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Paging;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Goals.GetFractalTree;

/// <summary><c>GET /api/{root_id}/goals</c> (contract #5): the root with its whole tree, written as it streams (ADR 0032); parentless sessions do not appear.</summary>
public sealed record GetFractalTreeQuery(string RootId) : IFoldedFractalRead, IQuery<Result<JsonBody>>;
