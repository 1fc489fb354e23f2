using System.Text.Json.Nodes;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Goals.GetFractalTree;

/// <summary><c>GET /api/{root_id}/goals</c> (contract #5): the root with its whole tree; parentless sessions do not appear.</summary>
public sealed record GetFractalTreeQuery(string RootId) : IQuery<Result<JsonObject>>;
