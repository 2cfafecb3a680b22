using Lucene.Net.Search;

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
    /// the unchosen facets' counters, then one pass per chosen facet. When the deadline's budget
    /// is spent the passes stop and the counts are those of the matches reached (not complete).
    /// </summary>
    public static FacetCounts Run(IndexSearcher searcher, Query query, SearchRequest request, SearchDeadline deadline, params ICollector[] hitCollectors)
    {
        var facets = ReaderFacets.For(searcher.IndexReader);
        var counters = facets.Facets.Select(facet => new FacetCounter(facet, facets.Ordinals(facet))).ToList();
        var chosen = counters.Where(counter => counter.Facet.IsSelectedIn(request)).ToList();

        var main = hitCollectors.Concat(counters.Except(chosen));
        var complete = true;
        try
        {
            searcher.Search(SearchFilters.Apply(query, request), new DeadlineCollector(MultiCollector.Wrap(main.ToArray()), deadline.Token));
            foreach (var counter in chosen)
                searcher.Search(SearchFilters.Apply(query, request, except: counter.Facet), new DeadlineCollector(counter, deadline.Token));
        }
        catch (OperationCanceledException) when (deadline.Passed)
        {
            complete = false;
        }

        return new FacetCounts(counters.ToDictionary(counter => counter.Facet, counter => counter.Results(request, TopFacetValues.DefaultLimit)), complete);
    }

    /// <summary>
    /// Every value of one facet with its count: one pass, the query with every filter but the
    /// facet's own. Null when no article of the index has the facet.
    /// </summary>
    public static TopFacetValues? CountOne(IndexSearcher searcher, Query query, SearchRequest request, Facet facet)
    {
        var facets = ReaderFacets.For(searcher.IndexReader);
        if (!facets.Facets.Contains(facet)) return null;
        var counter = new FacetCounter(facet, facets.Ordinals(facet));
        searcher.Search(SearchFilters.Apply(query, request, except: facet), counter);
        return counter.Results(request, int.MaxValue);
    }
}

/// <summary>The counts of every facet of one search.</summary>
/// <param name="Complete">False when the time budget stopped the passes: the counts are of the matches reached.</param>
internal sealed class FacetCounts(IReadOnlyDictionary<Facet, TopFacetValues> counts, bool complete)
{
    public bool Complete => complete;

    public TopFacetValues Sources => counts[Facet.Sources];

    /// <summary>
    /// The values of every keyword list that has one, by list name; the lists that describe most
    /// of the matches come first.
    /// </summary>
    public IReadOnlyDictionary<string, TopFacetValues> Keywords =>
        counts
            .Where(pair => pair.Key.List is not null && pair.Value.Count > 0)
            .OrderByDescending(pair => pair.Value.Sum(v => (long)v.Count))
            .ThenBy(pair => pair.Key.List, StringComparer.Ordinal)
            .ToDictionary(pair => pair.Key.List!, pair => pair.Value);
}
