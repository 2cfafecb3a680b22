using NewsArchive.Core.Search;

namespace NewsArchive.Core.Tests.Search;

/// <summary>Words find their other English forms; exact forms rank first; quotes and the exact switch turn forms off.</summary>
[Collection(ArchiveCollection.Name)]
public sealed class WordFormTests(ArchiveFixture archive)
{
    private SearchResults Search(string query, bool exactWords = false) =>
        archive.Search(new SearchRequest { Query = query, ExactWords = exactWords, PageSize = 100 });

    [Fact]
    public void Word_FindsItsOtherForms()
    {
        var forms = Search("protest").Total;

        // Every inflection, and at most the words that start with the stem (Porter also folds e.g. "protestant").
        Assert.InRange(forms, Count(@"\bprotest(s|ed|ing)?\b"), Count(@"\bprotest\w*"));
        Assert.True(forms > Search("protest", exactWords: true).Total);
    }

    [Fact]
    public void ExactWords_MatchesOnlyTheWordAsTyped()
    {
        Assert.Equal(Count(@"\bprotest\b"), Search("protest", exactWords: true).Total);
    }

    [Fact]
    public void QuotedWord_IsExactEvenWithWordFormsOn()
    {
        Assert.Equal(Search("protest", exactWords: true).Total, Search("\"protest\"").Total);
    }

    [Fact]
    public void ExactForm_RanksAboveOtherForms()
    {
        var hits = Search("protested").Hits.ToList();
        var exact = hits.Select((hit, rank) => (hit, rank)).Where(h => Mentions(h.hit.Id, @"\bprotested\b")).Select(h => h.rank).ToList();
        var othersOnly = hits.Select((hit, rank) => (hit, rank)).Where(h => !Mentions(h.hit.Id, @"\bprotested\b")).Select(h => h.rank).ToList();

        Assert.NotEmpty(othersOnly);
        Assert.Equal(0, exact[0]);
        Assert.True(exact.Average() < othersOnly.Average(), "articles with the word as typed rank higher on average");
    }

    [Fact]
    public void Possessive_FindsTheName()
    {
        Assert.Equal(Search("kazakhstan").Total, Search("kazakhstan's").Total);
    }

    [Theory]
    [InlineData("a*")]
    [InlineData("c?coa")]
    public void CostlyForms_AreRefusedWithAReasonAndSearchedAsWords(string query)
    {
        var results = Search(query);

        Assert.NotNull(results.Notice);
        Assert.Contains("searched as the plain words", results.Notice);
    }

    [Fact]
    public void Understood_SaysWhatWasSearched()
    {
        var results = archive.Search(new SearchRequest { Query = "\"verbal message\" tokayev -russia", Sources = ["TDI"] });

        var text = string.Join(" | ", results.Understood);
        Assert.Contains("\"verbal message\" (exact phrase)", text);
        Assert.Contains("tokayev", text);
        Assert.Contains("not russia", text);
        Assert.Contains("any form", text);
        Assert.Contains("from TDI", text);
    }

    private int Count(string pattern) => archive.Articles.Count(a => Mentions(a, pattern));

    private bool Mentions(string id, string pattern) => Mentions(archive.Articles.Single(a => a.Id == id), pattern);

    private static bool Mentions(Articles.Article article, string pattern) =>
        System.Text.RegularExpressions.Regex.IsMatch(article.Title + "\n" + article.Body, pattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase);
}
