using Lucene.Net.Search.Similarities;
using NewsArchive.Core.Articles;
using NewsArchive.Core.Ingest;
using NewsArchive.Core.Search;
using NewsArchive.Core.Tests.Support;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search;
using NewsArchive.LuceneEngine.Writing;
using static NewsArchive.Core.Tests.Support.TestArticle;

namespace NewsArchive.Core.Tests.Search;

/// <summary>The scoring model: BM25 with the coordination factor, the same for writer and searcher.</summary>
public sealed class ScoringModelTests
{
    private static readonly DateTimeOffset Day = Utc(2021, 6, 1);

    [Fact]
    public void Searcher_ScoresWithBm25()
    {
        using var archive = new SmallArchive(Make("walrus", "Walrus sighted", "A walrus was seen.", Day));
        using var lease = archive.Index.Acquire();

        Assert.IsAssignableFrom<BM25Similarity>(lease.Searcher.Similarity);
        Assert.IsType<ArchiveSimilarity>(lease.Searcher.Similarity);
    }

    [Fact]
    public void Searcher_AfterRefresh_StillScoresWithBm25()
    {
        // The manager makes a new searcher on every refresh; each must come from the factory.
        using var folder = new TempFolder("newsarchive-scoring-");
        Write(folder.Path, Make("walrus", "Walrus sighted", "A walrus was seen.", Day));
        using var index = ArchiveIndex.Open(folder.Path);
        Write(folder.Path, Make("seal", "Seal sighted", "A seal was seen.", Day));

        Assert.True(index.MaybeRefresh());
        using var lease = index.Acquire();
        Assert.Equal(2, lease.Searcher.IndexReader.NumDocs);
        Assert.IsType<ArchiveSimilarity>(lease.Searcher.Similarity);
    }

    [Fact]
    public void TitleMatch_RanksAboveBodyMatch_ThatRepeatsTheWord()
    {
        using var archive = new SmallArchive(
            Make("headline", "Walrus sighted off the coast", "A large animal was seen near the harbour on Monday, officials said.", Day),
            // Says the word three times, and is newer, so neither repetition nor a date tie-break
            // may lift it above the article whose headline has the word.
            Make("repeats", "Animal sighted off the coast",
                "A walrus was seen near the harbour. The walrus swam off. Officials said the walrus was large.", Day.AddDays(1)),
            // As in any archive, a word is rarer in headlines than in texts.
            Make("zoo", "Zoo reopens", "Visitors can see the walrus and the penguins again.", Day),
            Make("ferry", "Ferry timetable changes", "Crews have been told to look out for a walrus in the bay.", Day),
            Make("fish", "Fish prices fall", "Cod and haddock were cheaper.", Day));

        var ids = archive.Ids(new SearchRequest { Query = "walrus" });

        Assert.Equal(["headline", "repeats"], ids.Where(id => id is "headline" or "repeats"));
    }

    [Fact]
    public void AnyOfSeveralWords_ArticleWithAllOfThem_RanksAboveOneWithOneInItsHeadline()
    {
        // A word no other headline has weighs several words of a text: without the share of
        // words matched, the story that names one whale in its headline would come first.
        using var archive = new SmallArchive(
            Make("all-three", "Sightings along the coast", "Fishermen reported a narwhal, a beluga and an orca near the harbour.", Day),
            Make("one-of-three", "Narwhal sighted far south", "The narwhal was seen by a ferry crew. The narwhal swam off.", Day.AddDays(1)),
            Make("beluga-1", "River visitor", "A beluga swam up the river.", Day),
            Make("beluga-2", "Aquarium news", "The aquarium's beluga had a calf.", Day),
            Make("orca-1", "Pod counted", "Scientists counted an orca pod.", Day),
            Make("orca-2", "Ferry delayed", "An orca delayed the ferry.", Day),
            Make("other-1", "Harbour dues rise", "The port raised its dues.", Day),
            Make("other-2", "Lighthouse repaired", "The lighthouse shines again.", Day),
            Make("other-3", "Regatta postponed", "Strong winds postponed the regatta.", Day),
            Make("other-4", "Fish prices fall", "Cod and haddock were cheaper.", Day));

        var ids = archive.Ids(new SearchRequest { Query = "narwhal OR beluga OR orca" });

        Assert.Equal("all-three", ids[0]);
        Assert.Contains("one-of-three", ids);
    }

    [Fact]
    public void Coord_IsTheShareOfClausesMatched()
    {
        var similarity = new ArchiveSimilarity();

        Assert.Equal(1f, similarity.Coord(3, 3));
        Assert.Equal(1f / 3, similarity.Coord(1, 3), 5);
        Assert.Equal((ArchiveSimilarity.DefaultK1, ArchiveSimilarity.DefaultB), (similarity.K1, similarity.B));
    }

    private static void Write(string indexPath, Article article)
    {
        using var writer = ArchiveWriter.Open(indexPath);
        writer.Write(article, origin: null, EarlierVersion.InIndex);
        writer.Commit();
    }
}
