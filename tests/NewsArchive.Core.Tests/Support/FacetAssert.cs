using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Counting;

namespace NewsArchive.Core.Tests.Support;

/// <summary>Compares a search's facet values (the most frequent and the chosen) with every value counted by brute force.</summary>
internal static class FacetAssert
{
    public static void IsTopOf(IReadOnlyList<FacetValue> all, TopFacetValues actual, int limit = TopFacetValues.DefaultLimit)
    {
        Assert.Equal(all.Count, actual.DistinctCount);
        var top = all.Take(limit).ToList();
        Assert.Equal(top, actual.Take(top.Count));
        // Beyond the most frequent come the chosen values further down, with their own counts.
        foreach (var extra in actual.Skip(top.Count)) Assert.Contains(extra, all.Skip(limit));
    }
}
