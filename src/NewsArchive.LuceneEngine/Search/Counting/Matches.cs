using Lucene.Net.Search;
using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine.Readers;
using NewsArchive.LuceneEngine.Search.Sorting;

namespace NewsArchive.LuceneEngine.Search.Counting;

/// <summary>The matches of a search: the hits asked for, how many there are (articles and stories), and their facet and day counts.</summary>
internal sealed record Matches(ScoreDoc[] Hits, int Total, int Stories, FacetCounts Facets, IReadOnlyDictionary<long, int> CountsByDay, int Undated)
{
    /// <summary>Whether every match was counted: false when the time budget stopped the passes.</summary>
    public bool Complete => Facets.Complete;

    /// <summary>
    /// One pass over the query's matches (see <see cref="FacetPasses"/>): the first
    /// <paramref name="window"/> hits in <paramref name="sort"/> order, the total and every count
    /// (of the matches reached, when the deadline stops the passes).
    /// </summary>
    public static Matches Count(IndexSearcher searcher, Query query, SearchRequest request, SearchSort? sort, int window, SearchDeadline deadline)
    {
        // Counts only: no order to keep, so no sort comparator runs over the matches.
        if (window == 0) return Count(searcher, query, request, deadline, hits: null);
        // The top hits' collector counts every match it sees: no other total is kept beside it.
        var top = TopFieldCollector.Create(SortFor(sort ?? request.EffectiveSort, request.Seed, ReaderState.Of(searcher).Segments), window, false, false, false, false);
        return Counted(searcher, query, request, deadline, () => top.TotalHits, top) with { Hits = top.GetTopDocs(0, window).ScoreDocs };
    }

    /// <summary>
    /// The same pass with the hits gathered by <paramref name="hits"/>, a collector of the
    /// caller's (one hit per story, say); <see cref="Hits"/> is left empty.
    /// </summary>
    public static Matches Count(IndexSearcher searcher, Query query, SearchRequest request, SearchDeadline deadline, ICollector? hits)
    {
        var total = new TotalHitCountCollector();
        return Counted(searcher, query, request, deadline, () => total.TotalHits, hits is null ? [total] : [hits, total]);
    }

    /// <summary>One pass: <paramref name="collectors"/> beside the day, story and facet counts; <paramref name="total"/> read after it.</summary>
    private static Matches Counted(IndexSearcher searcher, Query query, SearchRequest request, SearchDeadline deadline, Func<int> total, params ICollector[] collectors)
    {
        var days = new DayCounter(ReaderFacets.For(searcher).Days);
        var stories = new StoryCounter(StoryTable.For(searcher));
        var facets = FacetPasses.Run(searcher, query, request, deadline, [.. collectors, days, stories]);
        return new Matches([], total(), stories.Stories, facets, days.CountsByDay(), days.Undated);
    }

    /// <summary>
    /// The first <paramref name="window"/> hits in the request's order and nothing else (no counts):
    /// what leading from one hit to the next needs. Past the deadline, the hits of the matches reached.
    /// </summary>
    public static ScoreDoc[] Rank(IndexSearcher searcher, Query query, SearchRequest request, int window, SearchDeadline deadline)
    {
        var top = TopFieldCollector.Create(SortFor(request.EffectiveSort, request.Seed, ReaderState.Of(searcher).Segments), window, false, false, false, false);
        try
        {
            searcher.Search(SearchFilters.Apply(searcher, query, request), new DeadlineCollector(top, deadline.Token));
        }
        catch (OperationCanceledException) when (deadline.Passed)
        {
        }
        return top.GetTopDocs(0, window).ScoreDocs;
    }

    /// <summary>
    /// The order of <paramref name="sort"/>, dates and ids read from <paramref name="segments"/>; a
    /// random order fixed by <paramref name="seed"/>, of stories when <paramref name="stories"/> are given.
    /// </summary>
    public static Sort SortFor(SearchSort sort, int seed, SegmentCache segments, StoryTable? stories = null) => sort switch
    {
        SearchSort.Random => new Sort(new SortField(RandomSortSource.Field, new RandomSortSource(segments, seed, stories))),
        SearchSort.Newest => new Sort(DateOrder.NewestFirst(segments)),
        SearchSort.Oldest => new Sort(DateOrder.OldestFirst(segments)),
        SearchSort.Added => new Sort(DateOrder.AddedFirst, DateOrder.NewestFirst(segments)),
        _ => new Sort(SortField.FIELD_SCORE, DateOrder.NewestFirst(segments)),
    };
}
