using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Core.Tests.Search;

/// <summary>Text pasted as it is (headlines, quotations) is searched as text; operators only where they cannot be prose.</summary>
[Collection(ArchiveCollection.Name)]
public class PastedQueryTests(ArchiveFixture archive)
{
    private int Count(Func<NewsArchive.Core.Articles.Article, bool> matches) => archive.Articles.Count(matches);

    [Theory]
    [InlineData("Kazakhstan will emerge more resilient from dark hour: FM")]
    [InlineData("ANTIBIOTICS IN FEED AID DEADLY BACTERIA: STUDY")]
    [InlineData("WILL WORLD RECESSION FOLLOW STOCK MARKET PLUNGE?")]
    [InlineData("MIDWEST GRAIN FUTURES 10:50 EDT")]
    [InlineData("SHULTZ NOT OPPOSED TO WHEAT SUBSIDY TO SOVIETS")]
    [InlineData("TREASURY'S BAKER SAYS BRAZIL NOT IN CRISIS")]
    [InlineData("LONDON - U.S., UK GOVT BONDS RISE SHARPLY ON STOLTENBERG COMMENTS -DEALERS")]
    public void PastedHeadline_FindsItsArticleFirst(string headline)
    {
        var results = archive.Searcher.Search(new SearchRequest { Query = headline });

        Assert.Null(results.Notice);
        Assert.NotEmpty(results.Hits);
        Assert.Equal(headline, archive.Articles.First(a => a.Id == results.Hits[0].Id).Title);
    }

    [Theory]
    [InlineData("origin:\"/work/corpus/reuters21578.jsonl.gz\"")]
    [InlineData("id:reuters-1")]
    [InlineData("story:0")]
    [InlineData("date.sort:1")]
    [InlineData("body.stem:cocoa")]
    public void InternalFields_AreUnreachable(string query)
    {
        using var analyzer = NewsArchive.LuceneEngine.Indexing.ArchiveAnalyzer.Create();

        var parsed = UserQueryParser.Parse(query, analyzer, wordForms: false).Query;

        var field = query[..query.IndexOf(':', StringComparison.Ordinal)];
        Assert.DoesNotContain(field + ":", parsed.ToString(), StringComparison.Ordinal);
        Assert.Contains("body:", parsed.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void FacetField_FiltersAsIfTicked_AndSaysSo()
    {
        var typed = archive.Search("topics:cocoa");
        var ticked = archive.Searcher.Search(new SearchRequest { Keywords = [new KeywordFilter("topics", "cocoa")], ExactWords = true });

        Assert.True(typed.Total > 0);
        Assert.Equal(ticked.Total, typed.Total);
        Assert.Equal(ticked.Hits.Select(h => h.Id), typed.Hits.Select(h => h.Id));
        Assert.Contains(typed.Understood, part => part.Contains("topics: cocoa", StringComparison.Ordinal) && part.Contains("facet", StringComparison.Ordinal));

        var withWords = archive.Search("topics:cocoa prices");
        var prices = BruteForce.Word("prices");
        Assert.Equal(Count(a => a.Keywords.TryGetValue("topics", out var t) && t.Contains("cocoa") && prices(a)), withWords.Total);
    }

    [Fact]
    public void ExcludedFacetValue_ExcludesItsArticles_AndSaysSo()
    {
        bool IsCocoa(NewsArchive.Core.Articles.Article a) => a.Keywords.TryGetValue("topics", out var t) && t.Contains("cocoa");
        var prices = BruteForce.Word("prices");

        var alone = archive.Search("-topics:cocoa");
        var withWords = archive.Search("prices -topics:cocoa");

        Assert.Equal(Count(a => !IsCocoa(a)), alone.Total);
        Assert.Equal(Count(a => prices(a) && !IsCocoa(a)), withWords.Total);
        Assert.Contains("not topics: cocoa", string.Join(" | ", withWords.Understood), StringComparison.Ordinal);
        Assert.StartsWith("every article; not topics: cocoa", string.Join(" | ", alone.Understood), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-cocoa")]
    [InlineData("NOT cocoa")]
    [InlineData("NOT COCOA")]
    public void OnlyExclusions_MeansEverythingExcept(string query)
    {
        var cocoa = BruteForce.Word("cocoa");

        Assert.Equal(Count(a => !cocoa(a)), archive.Search(query).Total);
    }

    [Fact]
    public void CurlyQuotes_MakePhrases()
    {
        var straight = archive.Search("\"trade deficit\"").Total;

        Assert.Equal(straight, archive.Search("“trade deficit”").Total);
        Assert.Equal(straight, archive.Search("‘trade deficit’").Total);
    }

    [Theory]
    [InlineData("cocoa! coffee")]
    [InlineData("cocoa / coffee")]
    [InlineData("/cocoa coffee/")]
    [InlineData("cocoa & coffee")]
    [InlineData("(cocoa coffee")]
    [InlineData("cocoa) coffee")]
    [InlineData("cocoa – coffee")]
    [InlineData("cocoa — coffee")]
    [InlineData("cocoa - coffee")]
    [InlineData("cocoa, coffee.")]
    [InlineData("cocoa? coffee?")]
    [InlineData("'cocoa'? \"coffee\"?")]
    [InlineData("cocoa coffee.?")]
    [InlineData("cocoa --coffee")]
    [InlineData("cocoa+ [coffee]")]
    [InlineData("{cocoa} coffee")]
    [InlineData("?cocoa? coffee")]

    public void Punctuation_IsNeverAnError(string query)
    {
        var cocoa = BruteForce.Word("cocoa");
        var coffee = BruteForce.Word("coffee");

        var results = archive.Search(query);

        Assert.Null(results.Notice);
        Assert.Equal(Count(a => cocoa(a) && coffee(a)), results.Total);
    }

    [Theory]
    [InlineData("Source: cocoa coffee", "source cocoa coffee")]
    [InlineData("TITLE: cocoa coffee", "title cocoa coffee")]
    [InlineData("Michelle Obama:U.S. cocoa", "michelle obama u.s. cocoa")]
    [InlineData("Brazil?s cocoa", "brazil s cocoa")]
    [InlineData("cocoa„s price", "cocoa s price")]
    public void FieldNameFollowedByASpace_IsAWord(string query, string words)
    {
        var results = archive.Search(query);

        Assert.Null(results.Notice);
        Assert.Equal(archive.Search(words).Total, results.Total);
    }

    [Fact]
    public void WildcardInsideAWord_StaysAWildcard()
    {
        var results = archive.Search("wom?n");

        Assert.True(results.Total > 0);
        Assert.Equal(archive.Search("woman OR women").Total, results.Total);
    }
}
