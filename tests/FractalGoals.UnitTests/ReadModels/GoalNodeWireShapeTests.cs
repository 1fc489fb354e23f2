using System.Buffers;
using System.Text.Json;
using FractalGoals.Application.Common.Responses;
using FractalGoals.Application.Goals;
using FractalGoals.Application.ReadModels;

namespace FractalGoals.UnitTests.ReadModels;

/// <summary>
/// The GoalNode, SessionNode and ActivityInstance wire shapes have one renderer each (ADR 0040); their bytes, for a
/// fractal holding every shape the stored JSON can take, are pinned by golden files written by the node renderer
/// that was checked against the legacy server's bodies (ADR 0032) before it was removed. A change to a shape is a
/// change to its golden file, visible in review.
/// </summary>
public sealed class GoalNodeWireShapeTests
{
    private static readonly JsonSerializerOptions WireOptions = new() { Encoder = WireShapesFixture.WriterOptions.Encoder, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private readonly WireShapesFixture _fractal = new();

    [Fact]
    public void The_whole_tree_is_written_byte_for_byte_as_its_golden_file()
    {
        var written = _fractal.Write(_fractal.Nodes.Node(_fractal.Root));

        Assert.Equal(WireShapesFixture.Golden("goal-tree.json"), written);
        Assert.Contains("\"exercises\":[{", written, StringComparison.Ordinal);   // hydration happened
    }

    [Fact]
    public void Every_goal_and_session_with_its_subtree_is_written_as_its_golden_file()
    {
        var written = _fractal.Write(new WrittenList<GoalNode>(_fractal.Goals.Select(g => _fractal.Nodes.Node(g))));

        Assert.Equal(WireShapesFixture.Golden("goal-subtrees.json"), written);
    }

    [Fact]
    public void Every_goal_and_session_without_children_is_written_as_its_golden_file()
    {
        var written = _fractal.Write(new WrittenList<GoalNode>(_fractal.Goals.Select(g => _fractal.Nodes.Node(g, withChildren: false))));

        Assert.Equal(WireShapesFixture.Golden("goal-nodes-without-children.json"), written);
    }

    [Fact]
    public void Every_activity_instance_is_written_as_its_golden_file()
    {
        var written = _fractal.Write(new WrittenList<ActivityInstanceNode>(_fractal.Instances.Select(i => InstanceJson.Node(i, _fractal.Lookup))));

        Assert.Equal(WireShapesFixture.Golden("activity-instances.json"), written);
    }

    [Fact]
    public void A_node_inside_a_record_is_written_by_the_same_renderer()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WireShapesFixture.WriterOptions))
        {
            JsonSerializer.Serialize(writer, new CompletedGoalResponse("success", _fractal.Nodes.Node(_fractal.Root)), WireOptions);
        }

        var serialized = _fractal.Write(w => { w.WriteRawValue(buffer.WrittenSpan); return [true]; });
        Assert.Equal("{\"status\":\"success\",\"goal\":" + WireShapesFixture.Golden("goal-tree.json") + "}", serialized);
    }

    [Fact]
    public void Writing_yields_once_per_goal_so_a_big_tree_can_be_flushed_in_pieces()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer, WireShapesFixture.WriterOptions);

        var steps = _fractal.Nodes.Node(_fractal.Root).WriteAsync(writer, TestContext.Current.CancellationToken).ToBlockingEnumerable(TestContext.Current.CancellationToken).Count();

        Assert.Equal(_fractal.Goals.Count(g => g.ParentId is not null) + 1, steps);
    }
}
