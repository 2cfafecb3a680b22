using NewsArchive.Core.Tests.Support;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search.Spelling;

namespace NewsArchive.Core.Tests.Search;

/// <summary>Whether a word reads as a name in the stored text, and the company it keeps.</summary>
public class NameEvidenceTests
{
    private static WrittenName? Read(string term, params Articles.Article[] articles)
    {
        using var archive = new SmallArchive(articles);
        using var analyzer = ArchiveAnalyzer.Create();
        using var lease = archive.Index.Acquire();
        return new NameEvidence(analyzer).Read(lease.Searcher, term);
    }

    [Fact]
    public void ANameCapitalisedInsideSentences_ReadsAsOne_WithTheCapitalisedWordsNextToIt()
    {
        var name = Read("tileuberdi",
            TestArticle.Make("a", "Talks", "Foreign Minister Mukhtar Tileuberdi said so. Tileuberdi agreed with Wang Yi."));

        Assert.NotNull(name);
        Assert.Equal("Tileuberdi", name.Written);
        // "Foreign" starts the text, "said" and "agreed" are lowercase, the second Tileuberdi starts a sentence.
        Assert.Equal(["minister", "mukhtar"], name.Company.Order());
    }

    [Fact]
    public void AccentsAreKept_InTheWrittenForm()
    {
        Assert.Equal("Tokáyev", Read("tokayev", TestArticle.Make("a", "Talks", "The call with President Tokáyev was long."))?.Written);
    }

    [Theory]
    [InlineData("The grade of the beans rose. Grade matters.")]
    [InlineData("Grade rose.\nGrade fell. \"Grade\" is all.")]
    [InlineData("They set a GRADE for it.")]
    public void CapitalsThatSayNothing_OrLowercase_DoNotMakeAName(string body)
    {
        Assert.Null(Read("grade", TestArticle.Make("a", "GRADE RISES", body)));
    }

    [Fact]
    public void AWordOfTitles_SometimesLowercase_IsNotAName()
    {
        var body = "Foreign Minister Wang spoke. Trade Minister Li spoke. Finance Minister Liu spoke. The minister left.";

        Assert.Null(Read("minister", TestArticle.Make("a", "Talks", body)));
    }

    [Theory]
    [InlineData("But Mr. Zuckerburg conceded the point.")]
    [InlineData("As Sen. Zuckerburg said, it passed.")]
    public void ANameAfterATitlesFullStop_ReadsAsOne(string body)
    {
        Assert.Equal("Zuckerburg", Read("zuckerburg", TestArticle.Make("a", "Talks", body))?.Written);
    }

    [Fact]
    public void ANameAfterASentencesFullStop_SaysNothing()
    {
        Assert.Null(Read("zuckerburg", TestArticle.Make("a", "Talks", "It passed. Zuckerburg conceded.")));
    }
}
