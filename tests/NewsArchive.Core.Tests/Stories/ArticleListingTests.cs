using Lucene.Net.Util;
using NewsArchive.Core.Stories;
using NewsArchive.Core.Tests.Search;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Stories;

namespace NewsArchive.Core.Tests.Stories;

/// <summary>A list's view of an article, read from doc values rather than its stored text.</summary>
[Collection(ArchiveCollection.Name)]
public class ArticleListingTests(ArchiveFixture archive)
{
    [Fact]
    public void EveryArticle_IsListedAsItsStoredFieldsHaveIt()
    {
        using var lease = archive.Index.Acquire();
        var searcher = lease.Searcher;
        Assert.True(searcher.IndexReader.MaxDoc > 20_000);

        for (var doc = 0; doc < searcher.IndexReader.MaxDoc; doc++)
        {
            var stored = ArticleDocument.ToArticle(searcher.Doc(doc));
            // Read from the listing, not from the stored fields it falls back to.
            Assert.Equal((stored.Id, stored.Title, stored.Source, stored.Date), ArticleListing.Read(searcher.IndexReader, doc));
            Assert.Equal(new StoryVersion(stored.Id, stored.Title, stored.Source, stored.Date), HitStories.VersionOf(searcher, doc));
        }
    }

    [Fact]
    public void Encode_ThenDecode_KeepsIdAndHeadline_CutAtTheLimitBetweenWholeCharacters()
    {
        Assert.Equal(("wire-ü", "Grúa se desploma"), ArticleListing.Decode(new BytesRef(ArticleListing.Encode("wire-ü", "Grúa se desploma"))));

        var longTitle = new string('a', ArticleListing.MaxTitleCharacters - 1) + "😀 and more";
        var (_, title) = ArticleListing.Decode(new BytesRef(ArticleListing.Encode("x", longTitle)))!.Value;
        Assert.Equal(new string('a', ArticleListing.MaxTitleCharacters - 1), title);
    }

    [Fact]
    public void Decode_NothingOrAnotherLayout_IsNone()
    {
        Assert.Null(ArticleListing.Decode(new BytesRef()));
        Assert.Null(ArticleListing.Decode(new BytesRef([99, 1, 65])));
    }
}
