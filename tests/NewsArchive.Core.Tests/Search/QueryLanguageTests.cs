using NewsArchive.Core.Search;

namespace NewsArchive.Core.Tests.Search;

/// <summary>The query language: phrases, exclusion, OR, prefixes, fuzzy words, fields; and bad input.</summary>
[Collection(ArchiveCollection.Name)]
public class QueryLanguageTests(ArchiveFixture archive)
{
    private int Count(Func<NewsArchive.Core.Articles.Article, bool> matches) => archive.Articles.Count(matches);

    [Fact]
    public void Words_AllMustMatch()
    {
        var cocoa = BruteForce.Word("cocoa");
        var coffee = BruteForce.Word("coffee");

        Assert.Equal(Count(a => cocoa(a) && coffee(a)), archive.Search("cocoa coffee").Total);
    }

    [Fact]
    public void ExactPhrase_MatchesOnlyWhereThePhraseOccurs()
    {
        var phrase = BruteForce.Pattern(@"\btrade\W+deficit\b");
        var trade = BruteForce.Word("trade");
        var deficit = BruteForce.Word("deficit");

        var results = archive.Search("\"trade deficit\"");

        Assert.Equal(Count(phrase), results.Total);
        Assert.True(results.Total < Count(a => trade(a) && deficit(a)));
    }

    [Fact]
    public void Exclusion_DropsArticlesWithTheWord()
    {
        var cocoa = BruteForce.Word("cocoa");
        var coffee = BruteForce.Word("coffee");

        var results = archive.Search(new SearchRequest { Query = "cocoa -coffee", PageSize = 100 });

        Assert.Equal(Count(a => cocoa(a) && !coffee(a)), results.Total);
        var byId = archive.Articles.ToDictionary(a => a.Id);
        Assert.All(results.Hits, hit => Assert.False(coffee(byId[hit.Id]), hit.Id));
    }

    [Fact]
    public void Or_MatchesEitherWord()
    {
        var cocoa = BruteForce.Word("cocoa");
        var coffee = BruteForce.Word("coffee");

        Assert.Equal(Count(a => cocoa(a) || coffee(a)), archive.Search("cocoa OR coffee").Total);
    }

    [Fact]
    public void Prefix_MatchesEveryWordStartingWithIt()
    {
        var results = archive.Search("telephon*");

        Assert.Equal(Count(BruteForce.Pattern(@"\btelephon")), results.Total);
        Assert.True(results.Total > archive.Search("telephone").Total);
    }

    [Fact]
    public void Fuzzy_MatchesWordsOneEditAway()
    {
        Assert.Equal(2, archive.Search("tleuberdi").Total);
        Assert.Equal(5, archive.Search("tleuberdi~").Total); // also "Tileuberdi"
        Assert.Equal(5, archive.Search("tokayvev~1").Total);
    }

    [Fact]
    public void TitleField_MatchesOnlyTitles()
    {
        var results = archive.Search("title:cocoa");

        Assert.Equal(Count(BruteForce.TitleWord("cocoa")), results.Total);
        Assert.True(results.Total < archive.Search("cocoa").Total);
    }

    [Theory]
    [InlineData("source:tdi", 1)]
    [InlineData("source:TDI", 1)]
    [InlineData("kazakhstan source:reuters", 4)]
    [InlineData("source:nobody", 0)]
    public void SourceField_MatchesTheSourceIgnoringCase(string query, int expected)
    {
        var results = archive.Search(query);

        Assert.Null(results.Notice);
        Assert.Equal(expected, results.Total);
    }

    [Theory]
    [InlineData("cocoa AND", "cocoa and")]
    [InlineData("AND", "and")]
    [InlineData("title:(", "title")]
    [InlineData("cocoa^", "cocoa")]
    public void MalformedQuery_IsSearchedAsItsPlainWordsWithANotice(string query, string words)
    {
        var results = archive.Search(query);

        Assert.NotNull(results.Notice);
        Assert.Contains(words, results.Notice);
        var expected = words.Split(' ').Select(BruteForce.Word).ToList();
        Assert.Equal(Count(a => expected.All(word => word(a))), results.Total);
    }

    [Theory]
    [InlineData("...")]
    [InlineData("?!")]
    [InlineData("-- ,")]
    [InlineData("()")]
    [InlineData("\"...\"")]
    [InlineData("*")]
    public void PunctuationOnly_FindsNothingWithANotice(string query)
    {
        var results = archive.Search(query);

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Hits);
        Assert.NotNull(results.Notice);
    }

    [Fact]
    public void WellFormedQuery_HasNoNotice()
    {
        Assert.Null(archive.Search("\"trade deficit\" -coffee OR cocoa* title:wheat").Notice);
    }
}
