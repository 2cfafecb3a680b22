using System.Globalization;

namespace NewsArchive.Core.Search.Coverage;

/// <summary>The length of a chart's periods.</summary>
public enum CoverageInterval
{
    Day,

    /// <summary>ISO weeks, Monday to Sunday, labelled 2020-W03.</summary>
    Week,
    Month,
    Year,
}

/// <summary>Where the periods of an interval start and end, and what they are called.</summary>
public static class CoverageIntervals
{
    private static readonly string[] names = ["day", "week", "month", "year"];

    public static IReadOnlyList<string> Names => names;

    public static bool TryParse(string text, out CoverageInterval interval)
    {
        var index = Array.IndexOf(names, text.Trim().ToLowerInvariant());
        interval = (CoverageInterval)Math.Max(index, 0);
        return index >= 0;
    }

    public static string Name(this CoverageInterval interval) => names[(int)interval];

    /// <summary>The interval of a date histogram's bars, whose periods start, end and are named as a chart's do.</summary>
    public static CoverageInterval ToInterval(this DateGranularity granularity) => granularity switch
    {
        DateGranularity.Year => CoverageInterval.Year,
        DateGranularity.Month => CoverageInterval.Month,
        _ => CoverageInterval.Day,
    };

    /// <summary>The first day of the period holding <paramref name="day"/>.</summary>
    public static DateOnly PeriodStart(this CoverageInterval interval, DateOnly day) => interval switch
    {
        CoverageInterval.Year => new DateOnly(day.Year, 1, 1),
        CoverageInterval.Month => new DateOnly(day.Year, day.Month, 1),
        CoverageInterval.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        _ => day,
    };

    /// <summary>The first day of the period after the one starting on <paramref name="start"/>.</summary>
    public static DateOnly Next(this CoverageInterval interval, DateOnly start) => interval switch
    {
        CoverageInterval.Year => start.AddYears(1),
        CoverageInterval.Month => start.AddMonths(1),
        CoverageInterval.Week => start.AddDays(7),
        _ => start.AddDays(1),
    };

    /// <summary>How many periods cover <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    public static long PeriodCount(this CoverageInterval interval, DateOnly first, DateOnly last)
    {
        var (start, end) = (interval.PeriodStart(first), interval.PeriodStart(last));
        return interval switch
        {
            CoverageInterval.Year => end.Year - start.Year + 1,
            CoverageInterval.Month => (end.Year - start.Year) * 12L + end.Month - start.Month + 1,
            CoverageInterval.Week => (end.DayNumber - start.DayNumber) / 7 + 1,
            _ => end.DayNumber - start.DayNumber + 1,
        };
    }

    public static string Label(this CoverageInterval interval, DateOnly start) => interval switch
    {
        CoverageInterval.Year => start.ToString("yyyy", CultureInfo.InvariantCulture),
        CoverageInterval.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        // The ISO week's own year: the week of 2019-12-30 is 2020-W01.
        CoverageInterval.Week => string.Create(CultureInfo.InvariantCulture,
            $"{ISOWeek.GetYear(start.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(start.ToDateTime(TimeOnly.MinValue)):00}"),
        _ => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
