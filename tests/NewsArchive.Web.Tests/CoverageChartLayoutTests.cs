using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Coverage;
using NewsArchive.Web.Coverage;

namespace NewsArchive.Web.Tests;

/// <summary>Where the compare chart's lines go: broken where a share has too few articles, a lone point drawn as a dot, the axis in round steps.</summary>
public sealed class CoverageChartLayoutTests
{
    private static readonly CoveragePoint Few = new(1, 3);

    private static CoverageChart Chart(CoverageMeasure measure, params CoveragePoint[] points)
    {
        var periods = points.Select((_, i) => new CoveragePeriod(new DateOnly(2020, 1, 1).AddDays(i), new DateOnly(2020, 1, 2).AddDays(i), $"d{i}", false)).ToList();
        var series = new CoverageSeries("s", new SearchRequest(), points.Sum(p => p.Count), 0, 0, points, null);
        return new CoverageChart(new CoverageRequest { Measure = measure }, CoverageInterval.Day, periods, [series], [], 1, 100);
    }

    [Fact]
    public void Shares_BreakTheLineWhereThereAreTooFewArticles_AndALonePointIsADot()
    {
        var chart = Chart(CoverageMeasure.Share, new(5, 50), Few, new(7, 70), new(8, 80), Few, new(9, 90));

        var segments = new CoverageChartLayout(chart).Segments(chart.Series[0]).ToList();

        Assert.Equal([1, 2, 1], segments.Select(s => s.Count));
    }

    [Fact]
    public void Counts_DrawEveryPoint_InOneLine()
    {
        var chart = Chart(CoverageMeasure.Count, new(5, 50), Few, new(7, 70));

        var segment = Assert.Single(new CoverageChartLayout(chart).Segments(chart.Series[0]));

        Assert.Equal(3, segment.Count);
    }

    [Theory]
    [InlineData(CoverageMeasure.Count, 7, 8, 2)]
    [InlineData(CoverageMeasure.Count, 1, 1, 1)]
    [InlineData(CoverageMeasure.Count, 0, 1, 1)]
    [InlineData(CoverageMeasure.Count, 387, 400, 100)]
    [InlineData(CoverageMeasure.Share, 23.4, 30, 10)]
    [InlineData(CoverageMeasure.Share, 0.37, 0.4, 0.1)]
    public void TheAxis_GoesUpInRoundStepsFromZero_ToJustAboveTheLargestValue(CoverageMeasure measure, double largest, double top, double step)
    {
        var point = measure == CoverageMeasure.Count ? new CoveragePoint((int)largest, 1_000) : new CoveragePoint((int)Math.Round(largest * 100), 10_000);

        var layout = new CoverageChartLayout(Chart(measure, point));

        Assert.Equal((top, step), (Math.Round(layout.YMax, 6), Math.Round(layout.YStep, 6)));
    }
}
