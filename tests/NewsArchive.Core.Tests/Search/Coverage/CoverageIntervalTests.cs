using NewsArchive.Core.Search.Coverage;

namespace NewsArchive.Core.Tests.Search.Coverage;

/// <summary>Where each interval's periods start and end, their names, and how many cover a span, checked day by day.</summary>
public class CoverageIntervalTests
{
    [Theory]
    [InlineData(CoverageInterval.Day, "2020-02-29", "2020-02-29", "2020-03-01", "2020-02-29")]
    [InlineData(CoverageInterval.Week, "2020-01-01", "2019-12-30", "2020-01-06", "2020-W01")]
    [InlineData(CoverageInterval.Week, "2021-01-03", "2020-12-28", "2021-01-04", "2020-W53")]
    [InlineData(CoverageInterval.Week, "2022-03-07", "2022-03-07", "2022-03-14", "2022-W10")]
    [InlineData(CoverageInterval.Month, "2020-02-29", "2020-02-01", "2020-03-01", "2020-02")]
    [InlineData(CoverageInterval.Year, "2020-12-31", "2020-01-01", "2021-01-01", "2020")]
    public void APeriod_StartsEndsAndIsNamed(CoverageInterval interval, string day, string start, string next, string label)
    {
        var period = interval.PeriodStart(DateOnly.Parse(day));

        Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(next), label), (period, interval.Next(period), interval.Label(period)));
    }

    [Fact]
    public void PeriodCount_IsTheNumberOfPeriodsWalkedDayByDay()
    {
        var random = new Random(19);
        foreach (var interval in Enum.GetValues<CoverageInterval>())
        {
            for (var i = 0; i < 200; i++)
            {
                var first = new DateOnly(1990, 1, 1).AddDays(random.Next(12_000));
                var last = first.AddDays(random.Next(interval == CoverageInterval.Day ? 400 : 3_000));
                var walked = 0L;
                for (var start = interval.PeriodStart(first); start <= last; start = interval.Next(start)) walked++;
                Assert.True(walked == interval.PeriodCount(first, last), $"{interval} {first}..{last}: walked {walked}, counted {interval.PeriodCount(first, last)}");
            }
        }
    }

    [Fact]
    public void EveryDayOfAPeriod_HasItsStart()
    {
        foreach (var interval in Enum.GetValues<CoverageInterval>())
        {
            var start = interval.PeriodStart(new DateOnly(2019, 12, 20));
            for (var day = start; day < interval.Next(start); day = day.AddDays(1))
                Assert.Equal(start, interval.PeriodStart(day));
        }
    }

    [Theory]
    [InlineData("week", true, CoverageInterval.Week)]
    [InlineData(" YEAR ", true, CoverageInterval.Year)]
    [InlineData("1", false, CoverageInterval.Day)]
    [InlineData("fortnight", false, CoverageInterval.Day)]
    public void TryParse_TakesTheNamesOnly(string text, bool parsed, CoverageInterval expected)
    {
        Assert.Equal(parsed, CoverageIntervals.TryParse(text, out var interval));
        if (parsed) Assert.Equal(expected, interval);
    }
}
