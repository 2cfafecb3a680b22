using NewsArchive.Core.Search;
using NewsArchive.Core.Tests.Support;
using static NewsArchive.Core.Tests.Support.TestArticle;

namespace NewsArchive.Core.Tests.Search;

/// <summary>From and To are whole UTC days, both included; undated articles are outside every range.</summary>
public sealed class DateFilterTests : IDisposable
{
    private readonly SmallArchive archive = new(
        Make("feb-28-last-second", date: Utc(1987, 2, 28, 23, 59, 59)),
        Make("mar-01-midnight", date: Utc(1987, 3, 1)),
        Make("mar-01-plus-two-hours", date: new DateTimeOffset(1987, 3, 1, 1, 0, 0, TimeSpan.FromHours(2))),
        Make("mar-31-last-second", date: Utc(1987, 3, 31, 23, 59, 59)),
        Make("apr-01-midnight", date: Utc(1987, 4, 1)),
        Make("undated"));

    public void Dispose() => archive.Dispose();

    private IReadOnlyList<string> Ids(DateOnly? from, DateOnly? to) =>
        archive.Ids(new SearchRequest { From = from, To = to, Sort = SearchSort.Oldest });

    [Fact]
    public void From_IncludesAnArticleAtMidnightStartingThatDay()
    {
        Assert.Equal(["mar-01-midnight", "mar-31-last-second", "apr-01-midnight"], Ids(new DateOnly(1987, 3, 1), null));
    }

    [Fact]
    public void To_ExcludesAnArticleAtMidnightStartingTheNextDay()
    {
        // 1987-03-01T01:00+02:00 is 1987-02-28T23:00Z, so it is in.
        Assert.Equal(["mar-01-plus-two-hours", "feb-28-last-second"], Ids(null, new DateOnly(1987, 2, 28)));
    }

    [Fact]
    public void To_IncludesAnArticleAtTheLastSecondOfThatDay()
    {
        var ids = Ids(new DateOnly(1987, 3, 31), new DateOnly(1987, 3, 31));

        Assert.Equal(["mar-31-last-second"], ids);
    }

    [Fact]
    public void FromAndToTheSameDay_IsExactlyThatUtcDay()
    {
        Assert.Equal(["mar-01-midnight"], Ids(new DateOnly(1987, 3, 1), new DateOnly(1987, 3, 1)));
    }

    [Fact]
    public void DateWithOffset_IsFiledUnderItsUtcDay()
    {
        Assert.Contains("mar-01-plus-two-hours", Ids(new DateOnly(1987, 2, 28), new DateOnly(1987, 2, 28)));
        Assert.DoesNotContain("mar-01-plus-two-hours", Ids(new DateOnly(1987, 3, 1), new DateOnly(1987, 3, 1)));
    }

    [Fact]
    public void AnyDateFilter_ExcludesUndatedArticles()
    {
        Assert.DoesNotContain("undated", Ids(new DateOnly(1900, 1, 1), null));
        Assert.DoesNotContain("undated", Ids(null, new DateOnly(2100, 1, 1)));
        Assert.Equal(5, Ids(new DateOnly(1900, 1, 1), new DateOnly(2100, 1, 1)).Count);
    }

    [Fact]
    public void NoDateFilter_CountsUndatedArticlesApart()
    {
        var results = archive.Search(new SearchRequest());

        Assert.Equal(6, results.Total);
        Assert.Equal(1, results.Dates.Undated);
        Assert.Equal(5, results.Dates.Buckets.Sum(b => b.Count));
        Assert.Equal(new DateOnly(1987, 2, 28), results.Dates.First);
        Assert.Equal(new DateOnly(1987, 4, 1), results.Dates.Last);
    }

    [Fact]
    public void DateFilter_HistogramCountsOnlyTheRange()
    {
        var results = archive.Search(new SearchRequest { From = new DateOnly(1987, 3, 1), To = new DateOnly(1987, 3, 31) });

        Assert.Equal(2, results.Total);
        Assert.Equal(0, results.Dates.Undated);
        Assert.Equal(2, results.Dates.Buckets.Sum(b => b.Count));
    }
}
