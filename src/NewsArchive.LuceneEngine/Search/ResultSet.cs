using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Readers;

namespace NewsArchive.LuceneEngine.Search;

/// <summary>
/// The matches of a search up to a limit, in the search's order, read one article at a time
/// for an export. It holds one searcher (one commit of the index) until disposed, so the
/// articles, the total and the index version all describe the same archive even when the
/// indexer commits while a long export is streamed.
/// </summary>
public sealed class ResultSet : IResultSet
{
    private readonly SearcherLease lease;
    private readonly ScoreDoc[] hits;

    internal ResultSet(SearcherLease lease, ScoreDoc[] hits, int total, int stories)
    {
        this.lease = lease;
        this.hits = hits;
        Total = total;
        Stories = stories;
        IndexVersion = VersionOf(lease.Searcher);
        IndexArticles = lease.Searcher.IndexReader.NumDocs;
    }

    /// <summary>The generation of the index commit <paramref name="searcher"/> reads.</summary>
    internal static long VersionOf(IndexSearcher searcher) => ((DirectoryReader)searcher.IndexReader).IndexCommit.Generation;

    /// <summary>Every matching article, whatever the limit.</summary>
    public int Total { get; }

    /// <summary>Distinct stories among the matches.</summary>
    public int Stories { get; }

    /// <summary>The articles listed: the limit, or fewer when there are fewer matches (or stories, one per story).</summary>
    public int Count => hits.Length;

    /// <summary>The generation of the index commit searched: it grows by one with every commit of the indexer.</summary>
    public long IndexVersion { get; }

    /// <summary>Articles in the index searched.</summary>
    public int IndexArticles { get; }

    /// <summary>The articles in order, each read when it is reached; without <paramref name="withText"/> the body is left empty.</summary>
    public IEnumerable<ResultSetArticle> Articles(bool withText)
    {
        var searcher = lease.Searcher;
        var stories = StoryTable.For(searcher);
        foreach (var hit in hits)
        {
            var doc = searcher.Doc(hit.Doc);
            var article = ArticleDocument.ToArticle(doc);
            if (!withText) article = article with { Body = "" };
            var size = stories.SizeOf(hit.Doc);
            yield return new ResultSetArticle(article, size > 1 ? stories.StoryOf(hit.Doc) : null, Math.Max(size, 1), ArticleDocument.IndexedAt(doc));
        }
    }

    public void Dispose() => lease.Dispose();
}
