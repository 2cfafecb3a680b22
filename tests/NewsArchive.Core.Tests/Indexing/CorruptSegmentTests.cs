using NewsArchive.Core.Articles;
using NewsArchive.Core.Ingest;
using NewsArchive.Core.Search;
using NewsArchive.Core.Tests.Support;
using NewsArchive.LuceneEngine.Search;
using NewsArchive.LuceneEngine.Writing;

namespace NewsArchive.Core.Tests.Indexing;

/// <summary>
/// Bytes changed on disk inside a segment (here its stored fields, the articles' text) are found
/// by their checksums when the index is opened and when it is refreshed to a new commit, so the
/// archive says it is damaged instead of serving garbage or cut-short results as if all were well.
/// </summary>
public sealed class CorruptSegmentTests : IDisposable
{
    private readonly TempFolder folder = new("corrupt-segment-");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Open_StoredFieldsWithCorruptBytes_IsDamaged_AndOpensOnceRebuilt()
    {
        Commit(rebuild: false, Articles("first", 20));
        IndexDamage.CorruptMiddle(Directory.GetFiles(folder.Path, "*.fdt").Single());

        using var index = ArchiveIndex.OpenWhenReady(folder.Path);

        Assert.Equal(IndexState.Damaged, index.State);
        Assert.IsType<IndexDamagedException>(index.Fault);
        Assert.Contains("checksum failed", index.Fault.Message);
        Assert.ThrowsAny<IOException>(() => ArchiveIndex.Open(folder.Path));
        Assert.False(index.MaybeRefresh());
        Assert.Equal(IndexState.Damaged, index.State);

        Commit(rebuild: true, Articles("again", 3));

        Assert.True(index.MaybeRefresh());
        Assert.Equal((IndexState.Open, 3), (index.State, index.ArticleCount));
        Assert.Null(index.Fault);
    }

    [Theory]
    [InlineData(".fdt")]
    [InlineData(".tim")]
    [InlineData(".si")]
    public void Open_FooterOfAFileOverwritten_IsDamaged(string extension)
    {
        Commit(rebuild: false, Articles("first", 20));
        IndexDamage.CorruptFooter(Directory.GetFiles(folder.Path, "*" + extension).Single());

        using var index = ArchiveIndex.OpenWhenReady(folder.Path);

        Assert.Equal(IndexState.Damaged, index.State);
    }

    [Fact]
    public void Refresh_ToACommitWhoseNewSegmentIsCorrupt_IsDamaged_UntilACommitThatPasses()
    {
        Commit(rebuild: false, Articles("first", 20));
        using var index = ArchiveIndex.OpenWhenReady(folder.Path);
        Assert.Equal(IndexState.Open, index.State);
        var before = Directory.GetFiles(folder.Path, "*.fdt");

        Commit(rebuild: false, Articles("second", 20));
        IndexDamage.CorruptMiddle(Directory.GetFiles(folder.Path, "*.fdt").Except(before).Single());

        Assert.False(index.MaybeRefresh());
        Assert.Equal(IndexState.Damaged, index.State);
        Assert.IsType<IndexDamagedException>(index.Fault);
        // Nothing changed on disk: the damaged segment is not read again at every tick.
        Assert.False(index.MaybeRefresh());

        Commit(rebuild: true, Articles("again", 3));

        Assert.True(index.MaybeRefresh());
        Assert.Equal((IndexState.Open, 3), (index.State, index.ArticleCount));
    }

    [Fact]
    public void StoredFieldsCorruptedInPlaceWhileOpen_IsDamagedAtTheNextLook_EvenAfterANewCommit_UntilPutBack()
    {
        Commit(rebuild: false, Articles("first", 20));
        using var index = ArchiveIndex.OpenWhenReady(folder.Path);
        var storedFields = Directory.GetFiles(folder.Path, "*.fdt").Single();
        var original = File.ReadAllBytes(storedFields);

        IndexDamage.CorruptMiddle(storedFields);

        Assert.False(index.MaybeRefresh());
        Assert.Equal(IndexState.Damaged, index.State);
        Assert.IsType<IndexDamagedException>(index.Fault);

        // A commit that adds a segment does not make the damaged one good.
        Commit(rebuild: false, Articles("second", 20));
        Assert.False(index.MaybeRefresh());
        Assert.Equal(IndexState.Damaged, index.State);

        using (var file = new FileStream(storedFields, FileMode.Open, FileAccess.Write, FileShare.ReadWrite)) file.Write(original);

        Assert.True(index.MaybeRefresh());
        Assert.Equal((IndexState.Open, 40), (index.State, index.ArticleCount));
    }

    /// <summary>Articles long enough that their stored fields are more than a header and a footer.</summary>
    private static IEnumerable<Article> Articles(string prefix, int count) =>
        Enumerable.Range(0, count).Select(i => TestArticle.Make($"{prefix}-{i}",
            body: string.Join(" ", Enumerable.Range(0, 60).Select(word => $"word{(word * 7 + i) % 97}"))));

    private void Commit(bool rebuild, IEnumerable<Article> articles)
    {
        using var writer = ArchiveWriter.Open(folder.Path, rebuild);
        foreach (var article in articles) writer.Write(article, origin: null, EarlierVersion.None);
        writer.Commit();
    }
}
