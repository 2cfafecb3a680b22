using System.Globalization;
using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Counting;
using NewsArchive.Core.Tests.Support;


namespace NewsArchive.Core.Tests.Search;

/// <summary>
/// Several values of one facet are alternatives, values of different facets all apply, and each
/// facet counts as if its own choice were not made: checked against counting the articles by hand.
/// </summary>
[Collection(ArchiveCollection.Name)]
public class MultiSelectFacetTests(ArchiveFixture archive)
{
    /// <summary>"topics=cocoa|coffee;places=uk" style filters, sources as "source=A|B".</summary>
    private static SearchRequest Request(string query, string filters, string? from = null, string? to = null)
    {
        var sources = new List<string>();
        var keywords = new List<KeywordFilter>();
        foreach (var part in filters.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, values) = (part.Split('=')[0], part.Split('=')[1].Split('|'));
            if (name == "source") sources.AddRange(values);
            else keywords.AddRange(values.Select(v => new KeywordFilter(name, v)));
        }
        return new SearchRequest
        {
            Query = query,
            ExactWords = true,
            Sources = sources,
            Keywords = keywords,
            From = from is null ? null : DateOnly.Parse(from, CultureInfo.InvariantCulture),
            To = to is null ? null : DateOnly.Parse(to, CultureInfo.InvariantCulture),
        };
    }

    [Theory]
    [InlineData("", "topics=cocoa|coffee")]
    [InlineData("", "topics=cocoa|coffee;source=Reuters")]
    [InlineData("prices", "topics=cocoa|coffee|sugar;places=brazil|usa")]
    [InlineData("", "places=uk|france;topics=grain")]
    [InlineData("", "topics=cocoa|coffee;source=Reuters|TDI", "1987-03-01", "1987-04-30")]
    [InlineData("kazakhstan", "source=TDI|Global Times")]
    [InlineData("", "topics=cocoa|no-such-topic")]
    // Three facets chosen: an article outside two of them counts in none.
    [InlineData("", "topics=grain|wheat;places=usa|canada;source=Reuters")]
    [InlineData("prices", "topics=coffee;places=brazil;source=Reuters|TDI", "1987-03-01", "1987-04-30")]
    public void Search_MultiSelect_CountsEqualBruteForce(string query, string filters, string? from = null, string? to = null)
    {
        var request = Request(query, filters, from, to);
        var matches = query.Length == 0 ? BruteForce.All : BruteForce.Word(query);

        var expected = BruteForce.Count(archive.Articles, matches, request);
        var actual = archive.Search(request);

        Assert.Equal(expected.Total, actual.Total);
        FacetAssert.IsTopOf(expected.Sources, actual.Sources);
        Assert.Equal(expected.Keywords.Keys.Order(), actual.Keywords.Keys.Order());
        foreach (var (list, values) in expected.Keywords) FacetAssert.IsTopOf(values, actual.Keywords[list]);
        Assert.Equal(expected.DateBuckets, actual.Dates.Buckets.Select(b => (b.Label, b.Count)));
    }

    [Fact]
    public void Search_TwoTopicsChosen_FindsArticlesWithEither()
    {
        var cocoa = archive.Search(Request("", "topics=cocoa")).Total;
        var coffee = archive.Search(Request("", "topics=coffee")).Total;
        var both = archive.Articles.Count(a => a.Keywords.TryGetValue("topics", out var t) && t.Contains("cocoa") && t.Contains("coffee"));

        var either = archive.Search(Request("", "topics=cocoa|coffee")).Total;

        Assert.Equal(cocoa + coffee - both, either);
        Assert.True(either > Math.Max(cocoa, coffee));
    }

    [Fact]
    public void Search_TopicChosen_TopicCountsAreThoseWithoutTheChoice()
    {
        var chosen = archive.Search(Request("", "topics=cocoa;source=Reuters"));
        var unchosen = archive.Search(Request("", "source=Reuters"));

        // What choosing coffee as well would add is visible, and cocoa keeps its own count.
        // (cocoa is not among the most frequent, so it comes after them, as a chosen value does.)
        Assert.Equal(unchosen.Keywords["topics"], chosen.Keywords["topics"].Take(unchosen.Keywords["topics"].Count));
        Assert.Equal(chosen.Total, chosen.Keywords["topics"].Single(v => v.Value == "cocoa").Count);
        // The other lists count only the chosen topic's articles.
        Assert.True(chosen.Keywords["places"].Sum(v => v.Count) < unchosen.Keywords["places"].Sum(v => v.Count));
    }

    [Fact]
    public void Search_KeywordChosen_SourceCountsRespectIt()
    {
        var results = archive.Search(Request("", "topics=cocoa|coffee;source=TDI"));

        Assert.Equal(0, results.Total);
        var either = archive.Search(Request("", "topics=cocoa|coffee")).Total;
        Assert.Equal([new FacetValue("Reuters", either)], results.Sources);
    }

    [Theory]
    [InlineData("", "topics=cocoa|coffee;source=Reuters", "topics")]
    [InlineData("prices", "places=usa;source=Reuters", "places")]
    [InlineData("", "topics=grain", "places")]
    public void FacetValues_EqualTheSearchsCountsOfThatList(string query, string filters, string list)
    {
        var request = Request(query, filters);

        var search = archive.Search(request);

        FacetAssert.IsTopOf(archive.Searcher.FacetValues(request, Facet.KeywordList(list))!, search.Keywords[list]);
        FacetAssert.IsTopOf(archive.Searcher.FacetValues(request, Facet.Sources)!, search.Sources);
    }

    [Fact]
    public void FacetValues_OfAListNoArticleHas_IsNull()
    {
        Assert.Null(archive.Searcher.FacetValues(new SearchRequest(), Facet.KeywordList("no-such-list")));
    }
}
