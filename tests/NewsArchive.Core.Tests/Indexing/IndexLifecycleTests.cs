using NewsArchive.Core.Articles;
using NewsArchive.Core.Ingest;
using NewsArchive.Core.Search;
using NewsArchive.Core.Tests.Support;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search;
using NewsArchive.LuceneEngine.Writing;

namespace NewsArchive.Core.Tests.Indexing;

/// <summary>
/// An index that is not there yet, or cannot be read, waits to be opened instead of failing; and
/// only an explicit commit publishes what a writer wrote.
/// </summary>
public sealed class IndexLifecycleTests : IDisposable
{
    private readonly TempFolder folder = new("index-lifecycle-");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void OpenWhenReady_NoIndexYet_IsMissingUntilACommitAppears()
    {
        using var index = ArchiveIndex.OpenWhenReady(folder.Path);

        Assert.Equal(IndexState.Missing, index.State);
        Assert.Equal(IndexState.Missing, Assert.Throws<IndexUnavailableException>(() => index.Acquire()).State);
        Assert.False(index.MaybeRefresh());

        Commit(TestArticle.Make("first"));

        Assert.True(index.MaybeRefresh());
        Assert.Equal(IndexState.Open, index.State);
        Assert.Equal(1, index.ArticleCount);
        Assert.False(index.MaybeRefresh());
    }

    [Fact]
    public void ArticlesAt_CountsTheNewestCommit_ZeroWhereThereIsNoIndex()
    {
        Assert.Equal(0, ArchiveIndex.ArticlesAt(folder.PathOf("nothing-here")));
        Assert.Equal(0, ArchiveIndex.ArticlesAt(folder.Path));

        Commit(TestArticle.Make("first"), TestArticle.Make("second"));

        Assert.Equal(2, ArchiveIndex.ArticlesAt(folder.Path));
    }

    [Fact]
    public void OpenWhenReady_WriterHoldsAFolderWithNoCommit_IsLocked_ThenMissingOnceTheWriterIsGone()
    {
        var writer = ArchiveWriter.Open(folder.Path);
        using var index = ArchiveIndex.OpenWhenReady(folder.Path);

        Assert.Equal(IndexState.Locked, index.State);
        Assert.False(index.MaybeRefresh());
        Assert.Equal(IndexState.Locked, index.State);

        // Stopped (or killed) before its first commit: nothing was built.
        writer.Dispose();

        Assert.False(index.MaybeRefresh());
        Assert.Equal(IndexState.Missing, index.State);
    }

    [Fact]
    public void OpenWhenReady_UnreadableCommit_IsDamaged_MissingOnceRemoved_AndOpensOnceRebuilt()
    {
        Commit(TestArticle.Make("first"));
        var commitPoint = Directory.GetFiles(folder.Path, "segments_*").Single();
        File.WriteAllBytes(commitPoint, new byte[File.ReadAllBytes(commitPoint).Length]);

        using var index = ArchiveIndex.OpenWhenReady(folder.Path);

        Assert.Equal(IndexState.Damaged, index.State);
        Assert.IsAssignableFrom<IOException>(index.Fault);
        Assert.ThrowsAny<IOException>(() => ArchiveIndex.Open(folder.Path));

        foreach (var file in Directory.GetFiles(folder.Path)) File.Delete(file);
        Assert.False(index.MaybeRefresh());
        Assert.Equal(IndexState.Missing, index.State);

        using (var writer = ArchiveWriter.Open(folder.Path, rebuild: true))
        {
            writer.Write(TestArticle.Make("again"), origin: null, EarlierVersion.None);
            writer.Commit();
        }

        Assert.True(index.MaybeRefresh());
        Assert.Equal((IndexState.Open, 1), (index.State, index.ArticleCount));
        Assert.Null(index.Fault);
    }

    [Fact]
    public void Writer_DisposedWithoutCommitting_LeavesTheIndexAtItsLastCommit()
    {
        Commit(TestArticle.Make("kept"));

        using (var writer = ArchiveWriter.Open(folder.Path))
        {
            writer.Write(TestArticle.Make("never-committed"), origin: null, EarlierVersion.None);
            writer.Write(TestArticle.Make("kept", title: "A replacement never committed"), origin: null, EarlierVersion.InIndex);
        }

        using var index = ArchiveIndex.Open(folder.Path);
        var searcher = new ArchiveSearcher(index, ArchiveAnalyzer.Create());
        Assert.Equal(["kept"], searcher.Search(new SearchRequest()).Hits.Select(hit => hit.Id));
        Assert.Equal("A title", searcher.Search(new SearchRequest()).Hits[0].Title.PlainText);
    }

    private void Commit(params Article[] articles)
    {
        using var writer = ArchiveWriter.Open(folder.Path);
        foreach (var article in articles) writer.Write(article, origin: null, EarlierVersion.InIndex);
        writer.Commit();
    }
}
