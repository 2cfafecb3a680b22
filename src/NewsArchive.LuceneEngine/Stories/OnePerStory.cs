using Lucene.Net.Search;
using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine.Readers;
using NewsArchive.LuceneEngine.Search.Counting;

namespace NewsArchive.LuceneEngine.Stories;

/// <summary>
/// A page of hits with one article per story: the first of each story in the order asked for
/// (the best-ranked, or the newest or oldest version), ranked in the same pass that counts the
/// matches (<see cref="TopStoriesCollector"/>), so the page is exactly what ranking every story
/// would give.
/// </summary>
internal static class OnePerStory
{
    public static (Matches Matches, ScoreDoc[] Page) Search(IndexSearcher searcher, Query query, SearchRequest request, SearchDeadline deadline)
    {
        var needed = Math.Min(request.Page * request.PageSize, SearchRequest.MaxResultWindow);
        var stories = StoryTable.For(searcher);
        var top = new TopStoriesCollector(Matches.SortFor(request.EffectiveSort, request.Seed, ReaderState.Of(searcher).Segments, stories), stories, needed);
        var matches = Matches.Count(searcher, query, request, deadline, top);
        var hits = top.Hits();
        return (matches with { Hits = hits }, hits.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToArray());
    }
}
