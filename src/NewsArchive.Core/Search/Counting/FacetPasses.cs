using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.Core.Indexing;

namespace NewsArchive.Core.Search.Counting;

/// <summary>
/// Counts the facets of a search so that each facet ignores its own selection (a reader who chose
/// one topic sees what adding a second would bring) while the hits respect every filter. The
/// facets nobody chose are counted in the same pass as the hits; each chosen facet costs one more
/// counting pass, over the query with every filter but its own.
/// </summary>
internal static class FacetPasses
{
    /// <summary>
    /// Runs the main pass (the query with all filters) into <paramref name="hitCollectors"/> and
    /// the unchosen facets' counters, then one pass per chosen facet.
    /// </summary>
    public static FacetCounts Run(IndexSearcher searcher, Query query, SearchRequest request, params ICollector[] hitCollectors)
    {
        var counters = FacetsOf(searcher.IndexReader).ToDictionary(facet => facet, facet => facet.NewCounter());
        var chosen = counters.Keys.Where(facet => facet.IsSelectedIn(request)).ToList();

        var main = hitCollectors.Concat(counters.Where(pair => !chosen.Contains(pair.Key)).Select(pair => (ICollector)pair.Value));
        searcher.Search(SearchFilters.Apply(query, request), MultiCollector.Wrap(main.ToArray()));
        foreach (var facet in chosen)
            searcher.Search(SearchFilters.Apply(query, request, except: facet), counters[facet]);

        return new FacetCounts(counters.ToDictionary(pair => pair.Key, pair => pair.Value.Results()));
    }

    /// <summary>
    /// Every value of one facet with its count: one pass, the query with every filter but the
    /// facet's own. Null when no article of the index has the facet.
    /// </summary>
    public static List<FacetValue>? CountOne(IndexSearcher searcher, Query query, SearchRequest request, Facet facet)
    {
        if (!FacetsOf(searcher.IndexReader).Contains(facet)) return null;
        var counter = facet.NewCounter();
        searcher.Search(SearchFilters.Apply(query, request, except: facet), counter);
        return counter.Results();
    }

    private static IEnumerable<Facet> FacetsOf(IndexReader reader) =>
        MultiFields.GetMergedFieldInfos(reader)
            .Where(info => info.HasDocValues && info.Name.StartsWith(ArchiveSchema.KeywordPrefix, StringComparison.Ordinal))
            .Select(info => info.Name[ArchiveSchema.KeywordPrefix.Length..])
            .Order(StringComparer.Ordinal)
            .Select(Facet.KeywordList)
            .Prepend(Facet.Sources);
}

/// <summary>The counts of every facet of one search.</summary>
internal sealed class FacetCounts(IReadOnlyDictionary<Facet, List<FacetValue>> counts)
{
    public IReadOnlyList<FacetValue> Sources => counts[Facet.Sources];

    /// <summary>
    /// Every value of every keyword list that has one, by list name; the lists that describe most
    /// of the matches come first.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Keywords =>
        counts
            .Where(pair => pair.Key.List is not null && pair.Value.Count > 0)
            .OrderByDescending(pair => pair.Value.Sum(v => (long)v.Count))
            .ThenBy(pair => pair.Key.List, StringComparer.Ordinal)
            .ToDictionary(pair => pair.Key.List!, pair => (IReadOnlyList<FacetValue>)pair.Value);
}
