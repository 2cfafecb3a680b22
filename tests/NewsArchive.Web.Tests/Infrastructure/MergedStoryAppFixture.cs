using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Core.Articles;
using NewsArchive.Core.Ingest;
using NewsArchive.Core.Reading;
using NewsArchive.Core.Stories;
using NewsArchive.LuceneEngine;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Readers;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Web.Tests.Infrastructure;

/// <summary>
/// The app over an index where two stories were merged: the bundled seeds indexed in three runs
/// among Reuters stories — an undated report alone, then the dated ones (a story of their own,
/// since nothing dates the first), then a second undated report like both, which bridges them.
/// </summary>
public sealed class MergedStoryAppFixture : CorpusAppFixture
{
    private static StoryId merged;
    private static StoryId kept;

    public MergedStoryAppFixture() : base(RepositoryPaths.Seeds, "newsarchive-merged-", Build)
    {
        Merged = merged;
        Kept = kept;
    }

    /// <summary>The story merged into <see cref="Kept"/>: it has no article now.</summary>
    public StoryId Merged { get; }

    public StoryId Kept { get; }

    private static void Build(string indexPath)
    {
        var seeds = CorpusReader.Default.Read([RepositoryPaths.Seeds]).Select(r => r.Article!).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var undated = seeds.Where(seed => seed.Date is null).ToList();
        var background = CorpusReader.Default.Read([RepositoryPaths.Reuters]).Where(r => r.Article is not null).Select(r => r.Article!).Take(5_000);
        Index(indexPath, background.Append(undated[0]));
        Index(indexPath, seeds.Where(seed => seed.Date is not null));
        (merged, kept) = (StoryOf(indexPath, undated[0].Id), StoryOf(indexPath, seeds.First(seed => seed.Date is not null).Id));
        Index(indexPath, [undated[1]]);
    }

    private static void Index(string path, IEnumerable<Article> articles) =>
        new IndexBuilder(new LuceneArchiveEngine(), NullLogger<IndexBuilder>.Instance).Build(path, articles.Select(ReadResult.Of));

    private static StoryId StoryOf(string indexPath, string id)
    {
        using var index = ArchiveIndex.Open(indexPath);
        using var lease = index.Acquire();
        var doc = lease.Searcher.Search(new Lucene.Net.Search.TermQuery(ArticleDocument.IdTerm(id)), 1).ScoreDocs[0].Doc;
        return StoryTable.For(lease.Searcher).StoryOf(doc)!.Value;
    }
}
