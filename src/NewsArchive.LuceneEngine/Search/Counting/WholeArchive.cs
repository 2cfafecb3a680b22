using System.Collections.Concurrent;
using Lucene.Net.Search;
using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine.Readers;

namespace NewsArchive.LuceneEngine.Search.Counting;

/// <summary>
/// What browsing the whole archive shows (no words, no filter): the counts of every facet and
/// day, and the newest and oldest articles. They depend only on the index, so they are counted
/// once per reader instead of on every visit to the home page, which would cost a pass over
/// every article each time.
/// </summary>
internal sealed class WholeArchive
{
    private readonly ConcurrentDictionary<SearchSort, ScoreDoc[]> first = new();
    private readonly ShareBases shares = new();

    private WholeArchive(Matches counts)
    {
        Counts = counts;
        Days = new AllArticleDays(counts.CountsByDay);
    }

    /// <summary>Every article's facets and days (the hits left out: see <see cref="Page"/>).</summary>
    public Matches Counts { get; }

    /// <summary>The articles dated before each day, for the share of a period a search's matches are.</summary>
    public AllArticleDays Days { get; }

    /// <summary>
    /// What a period's share of <paramref name="request"/>'s matches is taken of: the articles of
    /// each day that pass its filters, the whole archive's when it has none.
    /// </summary>
    public AllArticleDays ShareBase(IndexSearcher searcher, SearchRequest request) =>
        request.HasFilters ? shares.For(searcher, request) : Days;

    /// <summary>The counts of <paramref name="searcher"/>'s reader, counted on first use and kept with its <see cref="ReaderState"/>.</summary>
    public static WholeArchive For(IndexSearcher searcher) =>
        ReaderState.Of(searcher).Get(_ => new WholeArchive(Matches.Count(searcher, new MatchAllDocsQuery(), new SearchRequest(), sort: null, window: 0, SearchDeadline.None)));

    /// <summary>The articles of one page in the order asked for (with no words, relevance is newest first).</summary>
    public ScoreDoc[] Page(IndexSearcher searcher, SearchRequest request)
    {
        var sort = request.EffectiveSort == SearchSort.Relevance ? SearchSort.Newest : request.EffectiveSort;
        // A random order is one per seed: ranked afresh, never kept.
        if (sort == SearchSort.Random)
            return Matches.Rank(searcher, new MatchAllDocsQuery(), request, request.Page * request.PageSize, SearchDeadline.None).Skip((request.Page - 1) * request.PageSize).ToArray();
        var ordered = first.GetOrAdd(sort, s => Matches.Count(searcher, new MatchAllDocsQuery(), new SearchRequest(), s, SearchRequest.MaxResultWindow, SearchDeadline.None).Hits);
        var start = (request.Page - 1) * request.PageSize;
        return start >= ordered.Length ? [] : ordered[start..Math.Min(ordered.Length, start + request.PageSize)];
    }
}
