using FractalGoals.Infrastructure.Persistence;

namespace FractalGoals.UnitTests.Domain.Common;

public sealed class SpecificationTests
{
    private sealed record Row(string Name, int Rank, bool Live);

    private sealed class LiveRowsByRankThenName : Specification<Row>
    {
        public LiveRowsByRankThenName(int skip, int take) =>
            Query.Where(r => r.Live).OrderByDescending(r => r.Rank).ThenBy(r => r.Name).Skip(skip).Take(take);
    }

    private sealed class NamedSpec : Specification<Row>
    {
        public NamedSpec(string name) => Query.Where(r => r.Name == name).AsTracking().IgnoreQueryFilter(SoftDeleteFilter.Name);
    }

    private sealed class ByName : Specification<Row>
    {
        public ByName() => Query.OrderBy(r => r.Name);
    }

    private readonly record struct TextId(string Value)
    {
        public override string ToString() => Value;
    }

    private sealed record Keyed(TextId Id);

    private sealed class ById : Specification<Keyed>
    {
        public ById() => Query.OrderBy(k => k.Id);
    }

    private static readonly Row[] Rows =
    [
        new("b", 1, true), new("a", 2, true), new("c", 2, true), new("d", 3, false), new("e", 0, true),
    ];

    [Fact]
    public void Criteria_order_and_paging_apply_in_the_order_Ardalis_gives_them()
    {
        var page = new LiveRowsByRankThenName(skip: 1, take: 2).Evaluate(Rows).Select(r => r.Name);

        Assert.Equal(["c", "b"], page);   // live rows by rank desc then name: a, c, b, e → skip 1, take 2
    }

    [Fact]
    public void IsSatisfiedBy_checks_every_criterion()
    {
        var spec = new LiveRowsByRankThenName(0, 10);

        Assert.True(spec.IsSatisfiedBy(Rows[0]));
        Assert.False(spec.IsSatisfiedBy(Rows[3]));
    }

    [Fact]
    public void Specifications_do_not_track_unless_asked_and_can_lift_a_named_filter()
    {
        var named = new NamedSpec("a");

        Assert.False(new LiveRowsByRankThenName(0, 1).AsTracking);
        Assert.True(named.AsTracking);
        Assert.Equal([SoftDeleteFilter.Name], named.IgnoredQueryFilters);
        Assert.Single(named.WhereExpressions);
    }

    [Fact]
    public void Negative_paging_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LiveRowsByRankThenName(-1, 1));
    }

    [Fact]
    public void Text_keys_order_by_code_point_as_the_database_does_uppercase_before_lowercase()
    {
        Row[] rows = [new("banana", 0, true), new("Zebra", 0, true), new("apple", 0, true), new("éclair", 0, true), new("😀", 0, true), new("\uFF01", 0, true)];

        var names = new ByName().Evaluate(rows).Select(r => r.Name);

        Assert.Equal(["Zebra", "apple", "banana", "éclair", "\uFF01", "😀"], names);   // UTF-8 byte order puts U+1F600 after U+FF01
    }

    [Fact]
    public void Strongly_typed_ids_order_by_their_stored_text()
    {
        Keyed[] rows = [new(new("b2")), new(new("B1")), new(new("a3"))];

        var ids = new ById().Evaluate(rows).Select(k => k.Id.Value);

        Assert.Equal(["B1", "a3", "b2"], ids);
    }
}
