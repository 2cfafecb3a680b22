using Lucene.Net.Search;
using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Counting;
using NewsArchive.LuceneEngine.Readers;

namespace NewsArchive.LuceneEngine.Search.Counting;

/// <summary>
/// Counts the facets of a search so that each facet ignores its own selection (a reader who chose
/// one topic sees what adding a second would bring) while the hits respect every filter, in one
/// pass however many facets are chosen (as Lucene's drill-sideways does): the query with only its
/// dates goes over the articles that miss at most one chosen facet; one that misses none is a hit
/// and counts in every facet, one that misses a single facet counts only in that facet's values.
/// </summary>
internal static class FacetPasses
{
    /// <summary>
    /// Runs the pass into <paramref name="hitCollectors"/> and every facet's counter. When the
    /// deadline's budget is spent the pass stops and the counts are those of the matches reached
    /// (not complete).
    /// </summary>
    public static FacetCounts Run(IndexSearcher searcher, Query query, SearchRequest request, SearchDeadline deadline, params ICollector[] hitCollectors)
    {
        var facets = ReaderFacets.For(searcher);
        var counters = facets.Facets.Select(facet => new FacetCounter(facet, facets.Ordinals(facet))).ToList();
        var chosen = counters.Where(counter => counter.Facet.IsSelectedIn(request)).ToList();
        var main = MultiCollector.Wrap([.. hitCollectors, .. counters.Except(chosen)]);

        var complete = true;
        try
        {
            if (chosen.Count == 0)
            {
                searcher.Search(SearchFilters.Apply(searcher, query, request), new DeadlineCollector(main, deadline.Token));
            }
            else
            {
                var sideways = new SidewaysFilters(chosen.Select(counter => new QueryWrapperFilter(SearchFilters.OfFacet(request, counter.Facet)!)).ToList());
                var datesOnly = SearchFilters.Apply(searcher, query, request with { Sources = [], Keywords = [] });
                var candidates = chosen.Count == 1 ? datesOnly : new FilteredQuery(datesOnly, sideways.MissingAtMostOne, FilteredQuery.QUERY_FIRST_FILTER_STRATEGY);
                searcher.Search(candidates, new DeadlineCollector(new SidewaysCollector(main, chosen, sideways), deadline.Token));
            }
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
        var facets = ReaderFacets.For(searcher);
        if (!facets.Facets.Contains(facet)) return null;
        var counter = new FacetCounter(facet, facets.Ordinals(facet));
        searcher.Search(SearchFilters.Apply(searcher, query, request, except: facet), counter);
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
