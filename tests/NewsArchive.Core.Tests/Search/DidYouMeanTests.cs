using NewsArchive.Core.Search;

namespace NewsArchive.Core.Tests.Search;

/// <summary>"Did you mean": misspelt words of a query corrected from the archive's own words, on the bundled corpus.</summary>
[Collection(ArchiveCollection.Name)]
public class DidYouMeanTests(ArchiveFixture archive)
{
    // As typed: a query that finds nothing would otherwise be answered with its correction's results.
    private string? Suggestion(string query) =>
        archive.Search(new SearchRequest { Query = query, ExactWords = true, AsTyped = true }).Spelling.Suggestion?.Query;

    [Theory]
    [InlineData("kazakstan", "kazakhstan")]
    [InlineData("Kazakstan", "Kazakhstan")]
    [InlineData("cocao", "cocoa")]
    [InlineData("cocao prices", "cocoa prices")]
    [InlineData("kazakstan cocao", "kazakhstan cocoa")]
    public void MisspeltWords_AreCorrected(string query, string expected)
    {
        Assert.Equal(expected, Suggestion(query));
    }

    [Fact]
    public void TheSuggestion_FindsWhatTheCorrectWordFinds()
    {
        var misspelt = archive.Search(new SearchRequest { Query = "cocao", ExactWords = true, AsTyped = true });
        var corrected = archive.Search(misspelt.Spelling.Suggestion!.Query);
        var shown = archive.Search("cocao");

        Assert.Equal(0, misspelt.Total);
        Assert.Equal(archive.Articles.Count(BruteForce.Word("cocoa")), corrected.Total);
        Assert.Equal((corrected.Total, "cocao"), (shown.Total, shown.CorrectedFrom));
    }

    [Theory]
    [InlineData("cocoa")]
    [InlineData("kazakhstan")]
    [InlineData("Tokayev")]
    [InlineData("Tileuberdi")]
    [InlineData("Tleuberdi")]
    [InlineData("oil prices")]
    [InlineData("said")]
    [InlineData("\"trade deficit\"")]
    public void CorrectWords_AreNotCorrected(string query)
    {
        Assert.Null(Suggestion(query));
    }

    [Theory]
    [InlineData("Reagan")]
    [InlineData("Regan")]
    [InlineData("curtain")]
    public void RealWordsNearCommonerOnes_AreNotCorrected(string query)
    {
        Assert.True(archive.Search(query).Total > 0);
        Assert.Null(Suggestion(query));
    }

    [Fact]
    public void ARareTypoInTheArchive_IsCorrectedToWhatNearlyEveryArticleWrites()
    {
        // One Reuters story writes "stateement"; thousands write "statement".
        Assert.Equal(1, archive.Articles.Count(BruteForce.Word("stateement")));

        Assert.Equal("statement", Suggestion("stateement"));
    }

    [Fact]
    public void ANameMisspeltInAReutersStory_IsCorrectedToTheNameTheOthersWrite()
    {
        // One story writes "Volker"; over a hundred write Paul Volcker.
        Assert.Equal(1, archive.Articles.Count(BruteForce.Word("volker")));

        Assert.Equal("Volcker", Suggestion("Volker"));
    }

    [Theory]
    [InlineData("\"cocao prices\"", "\"cocoa prices\"")]
    [InlineData("source:reuters cocao", "source:reuters cocoa")]
    [InlineData("cocao AND (wheat OR kazakstan)", "cocoa AND (wheat OR kazakhstan)")]
    [InlineData("+cocao -wheat", "+cocoa -wheat")]
    public void OnlyTheMisspeltWordChanges_TheRestStaysAsTyped(string query, string expected)
    {
        Assert.Equal(expected, Suggestion(query));
    }

    [Theory]
    [InlineData("source:cocao")]
    [InlineData("title:\"cocao prices\"")]
    [InlineData("wheat -cocao")]
    [InlineData("wheat NOT cocao")]
    [InlineData("cocao*")]
    [InlineData("cocao~")]
    public void WordsNotSearchedAsSpelt_AreLeftAlone(string query)
    {
        Assert.Null(Suggestion(query));
    }

    [Fact]
    public void OnlyTheFirstFewWords_AreLookedAt()
    {
        var words = string.Join(' ', Enumerable.Repeat("wheat", NewsArchive.LuceneEngine.Search.Spelling.SpellingAdvisor.MaxWords));

        Assert.Null(Suggestion(words + " cocao"));
        Assert.Equal("cocoa " + words, Suggestion("cocao " + words));
    }
}
