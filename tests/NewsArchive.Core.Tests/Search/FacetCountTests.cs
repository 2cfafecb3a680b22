using System.Globalization;
using NewsArchive.Core.Search;
using NewsArchive.Core.Tests.Support;

namespace NewsArchive.Core.Tests.Search;

/// <summary>Totals and facet counts of the corpus index agree with counting the articles by hand.</summary>
[Collection(ArchiveCollection.Name)]
public class FacetCountTests(ArchiveFixture archive)
{
    private static SearchRequest Request(string query, string? source, string? from, string? to, string? keyword) => new()
    {
        Query = query,
        ExactWords = true,
        Sources = source is null ? [] : [source],
        From = from is null ? null : DateOnly.Parse(from, CultureInfo.InvariantCulture),
        To = to is null ? null : DateOnly.Parse(to, CultureInfo.InvariantCulture),
        Keywords = keyword is null ? [] : [new KeywordFilter(keyword.Split('=')[0], keyword.Split('=')[1])],
    };

    [Theory]
    [InlineData("", null, null, null, null)]
    [InlineData("cocoa", null, null, null, null)]
    [InlineData("tokayev", null, null, null, null)]
    [InlineData("coffee", "Reuters", null, null, null)]
    [InlineData("kazakhstan", "TDI", null, null, null)]
    [InlineData("wheat", "reuters", "1987-04-01", null, null)]
    [InlineData("coffee", null, "1987-03-01", "1987-03-31", null)]
    [InlineData("telephone", null, null, "1987-03-15", null)]
    [InlineData("", null, "1987-06-01", "1987-06-30", null)]
    [InlineData("", null, null, null, "topics=cocoa")]
    [InlineData("sugar", null, "1987-03-01", "1987-04-30", "places=usa")]
    public void Search_Counts_EqualBruteForceCounts(string query, string? source, string? from, string? to, string? keyword)
    {
        var request = Request(query, source, from, to, keyword);
        var matches = query.Length == 0 ? BruteForce.All : BruteForce.Word(query);

        var expected = BruteForce.Count(archive.Articles, matches, request);
        var actual = archive.Search(request);

        Assert.Null(actual.Notice);
        Assert.Equal(expected.Total, actual.Total);
        FacetAssert.IsTopOf(expected.Sources, actual.Sources);
        Assert.Equal(expected.Keywords.Keys.Order(), actual.Keywords.Keys.Order());
        foreach (var (list, values) in expected.Keywords) FacetAssert.IsTopOf(values, actual.Keywords[list]);
        Assert.Equal(expected.DateBuckets, actual.Dates.Buckets.Select(b => (b.Label, b.Count)));
        Assert.Equal((expected.First, expected.Last, expected.Undated), (actual.Dates.First, actual.Dates.Last, actual.Dates.Undated));
    }

    [Fact]
    public void Search_BrowseAll_CountsEveryArticleAndTheUndatedSeedsApart()
    {
        var results = archive.Search(new SearchRequest());

        Assert.Equal(BundledCorpus.ReutersArticles + BundledCorpus.SeedArticles, results.Total);
        Assert.Equal([new FacetValue("Reuters", BundledCorpus.ReutersArticles), new FacetValue("Global Times", 1), new FacetValue("TDI", 1)], results.Sources);
        Assert.Equal(2, results.Dates.Undated);
        Assert.Equal(DateGranularity.Year, results.Dates.Granularity);
        Assert.Equal(results.Total - 2, results.Dates.Buckets.Sum(b => b.Count));
        Assert.Equal(new DateOnly(1987, 2, 26), results.Dates.First);
        Assert.Equal(new DateOnly(2022, 1, 11), results.Dates.Last);
    }

    [Fact]
    public void Search_WordInOneStretchOfMonths_CountsByMonth()
    {
        var results = archive.Search("cocoa");

        Assert.Equal(DateGranularity.Month, results.Dates.Granularity);
        Assert.Equal(["1987-02", "1987-03", "1987-04", "1987-05", "1987-06", "1987-07", "1987-08", "1987-09", "1987-10"],
            results.Dates.Buckets.Select(b => b.Label));
        Assert.Equal(0, results.Dates.Buckets.Single(b => b.Label == "1987-07").Count);
    }

    [Fact]
    public void Search_DateRangeOfOneMonth_CountsByDay()
    {
        var results = archive.Search(new SearchRequest { From = new DateOnly(1987, 3, 1), To = new DateOnly(1987, 3, 31) });

        Assert.Equal(DateGranularity.Day, results.Dates.Granularity);
        Assert.Equal(new DateOnly(1987, 3, 1), results.Dates.Buckets[0].Start);
        Assert.Equal(new DateOnly(1987, 3, 31), results.Dates.Buckets[^1].Last);
        Assert.Equal(results.Total, results.Dates.Buckets.Sum(b => b.Count));
    }
}
