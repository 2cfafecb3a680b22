using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Counting;
using NewsArchive.Core.Tests.Support;

namespace NewsArchive.Core.Tests.Search;

/// <summary>The heap that picks a facet's most frequent values agrees with sorting all of them.</summary>
public class TopFacetValuesTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(5, 1)]
    [InlineData(500, 10)]
    [InlineData(2000, 25)]
    [InlineData(3, 25)]
    public void Select_RandomCounts_EqualsSortingEveryValue(int values, int limit)
    {
        var random = new Random(values * 31 + limit);
        var names = Enumerable.Range(0, values).Select(i => $"value-{random.Next(1000):D3}-{i}").ToArray();
        // Few distinct counts, so that ties (broken alphabetically) are common.
        var counts = names.Select(_ => random.Next(4) == 0 ? 0 : random.Next(1, 8)).ToArray();
        var chosen = new[] { names[^1], "no-such-value" };

        var top = TopFacetValues.Select(counts, new FakeOrdinals(names), limit, chosen);

        var all = names.Zip(counts, (name, count) => new FacetValue(name, count)).Where(v => v.Count > 0)
            .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.OrdinalIgnoreCase).ToList();
        FacetAssert.IsTopOf(all, top, limit);
        if (counts[^1] > 0) Assert.Contains(new FacetValue(names[^1], counts[^1]), top);
        Assert.DoesNotContain(top, v => v.Value == "no-such-value");
    }

    private sealed class FakeOrdinals(string[] names) : IFacetValueLookup
    {
        public string ValueOf(int ordinal) => names[ordinal];

        public IReadOnlyList<int> OrdinalsOf(string value) => Array.IndexOf(names, value) is var i and >= 0 ? [i] : [];
    }
}
