using Lucene.Net.Search;
using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine.Readers;
using NewsArchive.LuceneEngine.Search.Counting;

namespace NewsArchive.LuceneEngine.Stories;

/// <summary>
/// A page of hits with one article per story: the first of each story in the order asked for
/// (the best-ranked, or the newest or oldest version). It reads the ordinary top hits and keeps
/// each story's first, reading deeper (four times as deep each time) until the page is full or
/// every match has been read, so the page is exactly what ranking every story would give.
/// </summary>
internal static class OnePerStory
{
    /// <summary>The deepest the search reads for one page: past it, the page shows what it found.</summary>
    private const int MaxDepth = 50_000;

    public static (Matches Matches, ScoreDoc[] Page) Search(IndexSearcher searcher, Query query, SearchRequest request, SearchDeadline deadline)
    {
        var table = StoryTable.For(searcher);
        var needed = Math.Min(request.Page * request.PageSize, SearchRequest.MaxResultWindow);
        var depth = Math.Max(needed * 4, 100);
        while (true)
        {
            var matches = Matches.Count(searcher, query, request, sort: null, depth, deadline);
            var firsts = FirstOfEachStory(matches.Hits, table);
            // Past the time budget the page shows what the pass reached: reading deeper would start over.
            if (firsts.Count >= needed || depth >= matches.Total || depth >= MaxDepth || !matches.Complete)
                return (matches, firsts.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToArray());
            depth = Math.Min(depth * 4, MaxDepth);
        }
    }

    private static List<ScoreDoc> FirstOfEachStory(ScoreDoc[] hits, StoryTable table)
    {
        var seen = new HashSet<int>();
        var firsts = new List<ScoreDoc>();
        foreach (var hit in hits)
        {
            var story = table.OrdinalOf(hit.Doc);
            if (story < 0 || seen.Add(story)) firsts.Add(hit);
        }
        return firsts;
    }
}
