using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine.Search.Counting;

namespace NewsArchive.Core.Tests.Search;

/// <summary>Rolling day counts up into histogram bars, checked against grouping the days by hand.</summary>
public class DateHistogramBuilderTests
{
    private static readonly DateOnly Epoch = DateOnly.FromDateTime(DateTime.UnixEpoch);

    private static long DayKey(DateOnly day) => day.DayNumber - Epoch.DayNumber;

    private static Dictionary<long, int> CountsOf(IEnumerable<DateOnly> days) =>
        days.GroupBy(DayKey).ToDictionary(g => g.Key, g => g.Count());

    [Theory]
    [InlineData(1, DateGranularity.Day)]
    [InlineData(92, DateGranularity.Day)]
    [InlineData(93, DateGranularity.Month)]
    [InlineData(3 * 366, DateGranularity.Month)]
    [InlineData(3 * 366 + 1, DateGranularity.Year)]
    [InlineData(40 * 365, DateGranularity.Year)]
    public void Build_ChoosesGranularityBySpanInDays(int span, DateGranularity expected)
    {
        var first = new DateOnly(1957, 2, 26);

        var histogram = DateHistogramBuilder.Build(CountsOf([first, first.AddDays(span - 1)]), 0);

        Assert.Equal(expected, histogram.Granularity);
    }

    [Theory]
    [InlineData(1, 1, 92)]
    [InlineData(2, 1, 92)]
    [InlineData(3, 93, 3 * 366)]
    [InlineData(4, 93, 3 * 366)]
    [InlineData(5, 3 * 366 + 1, 60 * 366)]
    [InlineData(6, 3 * 366 + 1, 60 * 366)]
    [InlineData(7, 1, 60 * 366)]
    [InlineData(8, 1, 60 * 366)]
    public void Build_RandomDays_MatchesGroupingByHand(int seed, int minSpan, int maxSpan)
    {
        var random = new Random(seed);
        // Dates stay in the past: future ones are outliers, tested on their own.
        var first = new DateOnly(1900, 1, 1).AddDays(random.Next(0, 60 * 365));
        var span = random.Next(minSpan, maxSpan + 1);
        var days = new List<DateOnly> { first, first.AddDays(span - 1) };
        for (var i = random.Next(0, 300); i > 0; i--) days.Add(first.AddDays(random.Next(0, span)));
        var undated = random.Next(0, 5);

        var histogram = DateHistogramBuilder.Build(CountsOf(days), undated);

        Assert.Equal(BruteForce.GranularityFor(first, first.AddDays(span - 1)), histogram.Granularity);
        Assert.Equal(BruteForce.DateBuckets(days), histogram.Buckets.Select(b => (b.Label, b.Count)));
        Assert.Equal(days.Count, histogram.Buckets.Sum(b => b.Count));
        Assert.Equal((days.Min(), days.Max(), undated), (histogram.First, histogram.Last, histogram.Undated));
        AssertContiguous(histogram);
    }

    [Fact]
    public void Build_GapBetweenDays_IsFilledWithEmptyBuckets()
    {
        var histogram = DateHistogramBuilder.Build(CountsOf([new(2022, 1, 10), new(2022, 1, 10), new(2022, 1, 14)]), 0);

        Assert.Equal(
            [("2022-01-10", 2), ("2022-01-11", 0), ("2022-01-12", 0), ("2022-01-13", 0), ("2022-01-14", 1)],
            histogram.Buckets.Select(b => (b.Label, b.Count)));
        AssertContiguous(histogram);
    }

    [Fact]
    public void Build_MonthlyBuckets_CoverWholeMonths()
    {
        var histogram = DateHistogramBuilder.Build(CountsOf([new(1987, 2, 26), new(1987, 10, 20)]), 0);

        Assert.Equal(DateGranularity.Month, histogram.Granularity);
        Assert.Equal(9, histogram.Buckets.Count);
        Assert.Equal(new DateBucket("1987-02", new(1987, 2, 1), new(1987, 3, 1), 1), histogram.Buckets[0]);
        Assert.Equal(new DateOnly(1987, 2, 28), histogram.Buckets[0].Last);
        Assert.Equal(new DateBucket("1987-10", new(1987, 10, 1), new(1987, 11, 1), 1), histogram.Buckets[^1]);
    }

    [Fact]
    public void Build_YearlyBuckets_AreLabelledByYear()
    {
        var histogram = DateHistogramBuilder.Build(CountsOf([new(1969, 12, 31), new(1987, 3, 1), new(2022, 1, 10)]), 2);

        Assert.Equal(DateGranularity.Year, histogram.Granularity);
        Assert.Equal("1969", histogram.Buckets[0].Label);
        Assert.Equal("2022", histogram.Buckets[^1].Label);
        Assert.Equal(2022 - 1969 + 1, histogram.Buckets.Count);
        Assert.Equal(3, histogram.Buckets.Sum(b => b.Count));
        Assert.Equal(2, histogram.Undated);
    }

    [Fact]
    public void Build_NoDatedArticles_HasNoBucketsButKeepsTheUndatedCount()
    {
        var histogram = DateHistogramBuilder.Build(new Dictionary<long, int>(), 7);

        Assert.Empty(histogram.Buckets);
        Assert.Null(histogram.First);
        Assert.Null(histogram.Last);
        Assert.Equal(7, histogram.Undated);
        Assert.Equal(0, histogram.MaxCount);
    }

    [Fact]
    public void Build_AbsurdDates_AreCountedApartAndDoNotStretchTheBars()
    {
        var random = new Random(7);
        var days = Enumerable.Range(0, 1_000).Select(_ => new DateOnly(2012, 1, 1).AddDays(random.Next(9 * 365))).ToList();
        days.AddRange([new DateOnly(1, 1, 1), new DateOnly(1, 1, 1), new DateOnly(2050, 6, 1)]);

        var histogram = DateHistogramBuilder.Build(CountsOf(days), 0);

        Assert.Equal(DateGranularity.Year, histogram.Granularity);
        Assert.Equal("2012", histogram.Buckets[0].Label);
        Assert.Equal("2020", histogram.Buckets[^1].Label);
        Assert.Equal(1_000, histogram.Buckets.Sum(b => b.Count));
        Assert.Equal([("0001-01-01", 2), ("2050-06-01", 1)], histogram.Outliers.Select(o => (o.Label, o.Count)));
    }

    [Fact]
    public void Build_DistantButRealDates_StayInTheBars()
    {
        var days = Enumerable.Repeat(new DateOnly(1987, 3, 1), 500).Append(new DateOnly(2022, 1, 10));

        var histogram = DateHistogramBuilder.Build(CountsOf(days), 0);

        Assert.Empty(histogram.Outliers);
        Assert.Equal(new DateOnly(1987, 3, 1), histogram.First);
        Assert.Equal(new DateOnly(2022, 1, 10), histogram.Last);
    }

    private static void AssertContiguous(DateHistogram histogram)
    {
        Assert.True(histogram.Buckets[0].Start <= histogram.First && histogram.First < histogram.Buckets[0].End);
        Assert.True(histogram.Buckets[^1].Start <= histogram.Last && histogram.Last < histogram.Buckets[^1].End);
        for (var i = 1; i < histogram.Buckets.Count; i++)
            Assert.Equal(histogram.Buckets[i - 1].End, histogram.Buckets[i].Start);
    }
}
