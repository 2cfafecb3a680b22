using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace NewsArchive.Core.Indexing;

/// <summary>
/// Whose the ids of an index's last commit are, for an incremental run that reads only some
/// files: an article of a changed file whose id belongs to another file's article, left as it
/// was, must not silently replace that article.
/// </summary>
/// <remarks>A reader of its own, since the writer's view of the commit is the writer's to keep.</remarks>
public sealed class CommittedIds : IDisposable
{
    private readonly Lucene.Net.Store.Directory directory;
    private readonly DirectoryReader? reader;
    private readonly IndexSearcher? searcher;

    private CommittedIds(Lucene.Net.Store.Directory directory, DirectoryReader? reader)
    {
        this.directory = directory;
        this.reader = reader;
        searcher = reader is null ? null : new IndexSearcher(reader);
    }

    /// <summary>The ids of the index's last commit at <paramref name="indexPath"/>; none when it has no commit.</summary>
    public static CommittedIds Open(string indexPath)
    {
        var directory = FSDirectory.Open(indexPath);
        return new CommittedIds(directory, DirectoryReader.IndexExists(directory) ? DirectoryReader.Open(directory) : null);
    }

    /// <summary>
    /// Whether the commit has an article with this id from an origin other than
    /// <paramref name="origin"/> and than <paramref name="gone"/> (files deleted since).
    /// </summary>
    public bool HeldByAnother(string id, string origin, IReadOnlyCollection<string> gone)
    {
        if (reader is null || reader.DocFreq(ArticleDocument.IdTerm(id)) == 0) return false;
        var query = new BooleanQuery
        {
            { new TermQuery(ArticleDocument.IdTerm(id)), Occur.MUST },
            { new TermQuery(ArticleDocument.OriginTerm(origin)), Occur.MUST_NOT },
        };
        foreach (var path in gone) query.Add(new TermQuery(ArticleDocument.OriginTerm(path)), Occur.MUST_NOT);
        return searcher!.Search(query, 1).TotalHits > 0;
    }

    public void Dispose()
    {
        reader?.Dispose();
        directory.Dispose();
    }
}
