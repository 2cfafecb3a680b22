using NewsArchive.Core.Articles;
using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Counting;
using NewsArchive.Core.Search.Coverage;

namespace NewsArchive.Core.Tests.Search.Coverage;

/// <summary>
/// Charts of coverage over the bundled corpus, every point checked against counting the articles
/// in memory: the matches of each series in each period, and the articles of the period its
/// filters let through (what its share is of).
/// </summary>
[Collection(ArchiveCollection.Name)]
public class CoverageBuilderTests(ArchiveFixture archive)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);

    private CoverageChart Chart(CoverageRequest request)
    {
        var (chart, error) = CoverageBuilder.Build(archive.Searcher, request, Now);
        Assert.Null(error);
        return chart!;
    }

    /// <summary>Every point of every series against the articles: matches by <paramref name="matches"/>, the period's articles by the series' filters.</summary>
    private void AssertCounted(CoverageChart chart, IReadOnlyList<Func<Article, bool>> matches)
    {
        Assert.Equal(matches.Count, chart.Series.Count);
        foreach (var (series, matching) in chart.Series.Zip(matches))
        {
            var filtered = archive.Articles.Where(a => BruteForce.InSources(a, series.Request) && BruteForce.HasKeywords(a, series.Request) && BruteForce.InDates(a, series.Request)).ToList();
            Assert.Equal(filtered.Count(matching), series.Total);
            Assert.Equal(filtered.Count(a => matching(a) && a.Date is null), series.Undated);
            Assert.Equal(chart.Periods.Count, series.Points.Count);
            foreach (var (period, point) in chart.Periods.Zip(series.Points))
            {
                bool InPeriod(Article a) => BruteForce.Day(a) is { } day && day >= period.Start && day < period.End;
                var expected = (Count: filtered.Count(a => InPeriod(a) && matching(a)), Base: filtered.Count(InPeriod));
                Assert.True(expected == (point.Count, point.Base), $"{series.Label} {period.Label}: expected {expected}, charted {(point.Count, point.Base)}");
                Assert.Equal(expected.Base == 0 ? null : Math.Round(expected.Count * 100.0 / expected.Base, 4), point.Share);
                Assert.Equal(expected.Base < CoveragePoint.MinBase, point.Sparse);
            }
        }
    }

    [Fact]
    public void SeveralQueries_ByMonth_CountEachPeriodAsTheArticlesDo()
    {
        var chart = Chart(new CoverageRequest { Queries = ["cocoa", "coffee"], Filters = new SearchRequest { ExactWords = true }, Interval = CoverageInterval.Month });

        Assert.Equal(["cocoa", "coffee"], chart.Series.Select(s => s.Label));
        Assert.Equal(CoverageInterval.Month, chart.Interval);
        AssertCounted(chart, [BruteForce.Word("cocoa"), BruteForce.Word("coffee")]);
        // The span runs from the first match of any series to the last, without a gap.
        var days = archive.Articles.Where(a => BruteForce.Word("cocoa")(a) || BruteForce.Word("coffee")(a)).Select(BruteForce.Day).OfType<DateOnly>().ToList();
        Assert.Equal(new DateOnly(days.Min().Year, days.Min().Month, 1), chart.Periods[0].Start);
        Assert.True(chart.Periods[^1].Start <= days.Max() && days.Max() < chart.Periods[^1].End);
        Assert.All(chart.Periods.Zip(chart.Periods.Skip(1)), pair => Assert.Equal(pair.First.End, pair.Second.Start));
        // A month holding the archive's first or last dated day is only partly counted, and says so.
        var dated = archive.Articles.Select(BruteForce.Day).OfType<DateOnly>().ToList();
        var (first, last) = (dated.Min(), dated.Max());
        Assert.Equal(chart.Periods.Select(p => (p.Start < first && first <= p.Last) || (p.Start <= last && last < p.Last)), chart.Periods.Select(p => p.Partial));
        Assert.True(chart.Periods[0].Partial, $"the archive starts on {first}");
    }

    [Fact]
    public void ByWeek_WithSharedFilters_TheShareIsOfTheFilteredArticles()
    {
        var filters = new SearchRequest { ExactWords = true, Sources = ["Reuters"], Keywords = [new KeywordFilter("places", "usa")], From = new DateOnly(1987, 3, 4), To = new DateOnly(1987, 4, 20) };

        var chart = Chart(new CoverageRequest { Queries = ["oil"], Filters = filters, Interval = CoverageInterval.Week, Measure = CoverageMeasure.Share });

        AssertCounted(chart, [BruteForce.Word("oil")]);
        Assert.All(chart.Periods, p => Assert.Equal(DayOfWeek.Monday, p.Start.DayOfWeek));
        // 4 March is a Wednesday and 20 April a Monday: the dates cut the first week and the last.
        Assert.Equal(new DateOnly(1987, 3, 2), chart.Periods[0].Start);
        Assert.Equal(new DateOnly(1987, 4, 20), chart.Periods[^1].Start);
        Assert.Equal([true, .. Enumerable.Repeat(false, chart.Periods.Count - 2), true], chart.Periods.Select(p => p.Partial));
    }

    [Fact]
    public void SplitByAKeywordList_GivesASeriesPerValue_MostMatchesFirst_EachSharedWithinItsValue()
    {
        var request = new CoverageRequest { Queries = ["cocoa"], Filters = new SearchRequest { ExactWords = true }, SplitBy = Facet.KeywordList("places"), Interval = CoverageInterval.Month };

        var chart = Chart(request);

        var expected = archive.Searcher.FacetValues(new SearchRequest { Query = "cocoa", ExactWords = true }, Facet.KeywordList("places"))!.Take(CoverageRequest.MaxSeries).Select(v => v.Value).ToList();
        Assert.Equal(expected, chart.Series.Select(s => s.Label));
        Assert.All(chart.Series, s => Assert.Equal([new KeywordFilter("places", s.Label)], s.Request.Keywords));
        AssertCounted(chart, [.. chart.Series.Select(_ => BruteForce.Word("cocoa"))]);
        Assert.Contains(chart.Notices, n => n.StartsWith($"Split into the {CoverageRequest.MaxSeries} values with the most matches of "));
    }

    [Fact]
    public void SplitBySource_TakesTheSourcesChosen_InTheirOrder()
    {
        var request = new CoverageRequest { Queries = ["grain"], Filters = new SearchRequest { ExactWords = true, Sources = ["Reuters", "seeds"] }, SplitBy = Facet.Sources, Interval = CoverageInterval.Year };

        var chart = Chart(request);

        Assert.Equal(["Reuters", "seeds"], chart.Series.Select(s => s.Label));
        Assert.Equal(["Reuters"], chart.Series[0].Request.Sources);
        Assert.Empty(chart.Notices);
        AssertCounted(chart, [BruteForce.Word("grain"), BruteForce.Word("grain")]);
    }

    [Fact]
    public void AFacetTypedInAQuery_FiltersThatSeriesOnly_AndItsShareIsWithinIt()
    {
        var chart = Chart(new CoverageRequest { Queries = ["cocoa places:uk", "cocoa"], Filters = new SearchRequest { ExactWords = true }, Interval = CoverageInterval.Month });

        Assert.Equal([new KeywordFilter("places", "uk")], chart.Series[0].Request.Keywords);
        Assert.Empty(chart.Series[1].Request.Keywords);
        AssertCounted(chart, [BruteForce.Word("cocoa"), BruteForce.Word("cocoa")]);
    }

    [Fact]
    public void NoQuery_ChartsEveryArticle_AtAHundredPercentWhereThereAreAny()
    {
        var chart = Chart(new CoverageRequest { Interval = CoverageInterval.Year });

        Assert.Equal("All articles", Assert.Single(chart.Series).Label);
        AssertCounted(chart, [BruteForce.All]);
        Assert.All(chart.Series[0].Points, p => Assert.Equal(p.Base == 0 ? null : 100, p.Share));
    }

    [Fact]
    public void AnIntervalOfTooManyPeriods_GivesWayToTheFinestThatFits_AndSaysSo()
    {
        // The seeds are of 2022 and Reuters of 1987: 35 years by day or week is past the limit.
        var chart = Chart(new CoverageRequest { Interval = CoverageInterval.Day });

        Assert.Equal(CoverageInterval.Month, chart.Interval);
        Assert.True(chart.Periods.Count <= CoverageRequest.MaxPeriods);
        Assert.Contains(chart.Notices, n => n.StartsWith("By day the chart would have ") && n.Contains("shown by month"));
    }

    [Fact]
    public void TheAutomaticInterval_IsTheFinestWithinItsLimit()
    {
        var march = new SearchRequest { From = new DateOnly(1987, 3, 1), To = new DateOnly(1987, 3, 31) };
        var spring = march with { To = new DateOnly(1987, 9, 30) };

        Assert.Equal(CoverageInterval.Day, Chart(new CoverageRequest { Filters = march }).Interval);
        Assert.Equal(CoverageInterval.Week, Chart(new CoverageRequest { Filters = spring }).Interval);
        Assert.Equal(CoverageInterval.Year, Chart(new CoverageRequest()).Interval);
    }

    [Fact]
    public void NothingMatching_HasNoPeriods()
    {
        var chart = Chart(new CoverageRequest { Queries = ["zzxqvj"] });

        Assert.Empty(chart.Periods);
        Assert.Equal(0, Assert.Single(chart.Series).Total);
    }

    [Fact]
    public void SplittingByAListNoArticleHas_IsRefused()
    {
        var (chart, error) = CoverageBuilder.Build(archive.Searcher, new CoverageRequest { SplitBy = Facet.KeywordList("nonesuch") }, Now);

        Assert.Null(chart);
        Assert.Equal("by", error!.Parameter);
    }
}
