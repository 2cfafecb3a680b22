using NewsArchive.Core.Articles;
using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Counting;
using NewsArchive.Core.Search.Coverage;

namespace NewsArchive.LuceneEngine.Search.Counting;

/// <summary>
/// Rolls counts per day up into the bars of a histogram whose period suits the span: days for a
/// few months, months for a few years, years beyond. Empty periods in between are kept as bars,
/// so a gap in coverage shows as a gap. Absurd dates (year 0001, the future) are counted apart.
/// Each bar also carries the count of all articles in its period, when those are given.
/// </summary>
internal static class DateHistogramBuilder
{
    public const int MaxDailySpan = 92;
    public const int MaxMonthlySpan = 3 * 366;

    public static DateHistogram Build(IReadOnlyDictionary<long, int> countsByDay, int undated, AllArticleDays? all = null)
    {
        var now = DateTimeOffset.UtcNow;
        var plausible = countsByDay.Where(pair => PlausibleDates.IsPlausible(EpochDays.ToDate(pair.Key), now)).ToDictionary();
        var outliers = countsByDay
            .Where(pair => !plausible.ContainsKey(pair.Key))
            .OrderBy(pair => pair.Key)
            .Select(pair => Bucket(CoverageInterval.Day.Label(EpochDays.ToDate(pair.Key)), EpochDays.ToDate(pair.Key), EpochDays.ToDate(pair.Key + 1), pair.Value, all))
            .ToList();
        if (plausible.Count == 0) return new DateHistogram(DateGranularity.Day, [], null, null, undated, outliers);

        var first = EpochDays.ToDate(plausible.Keys.Min());
        var last = EpochDays.ToDate(plausible.Keys.Max());
        var span = last.DayNumber - first.DayNumber + 1;
        var granularity = span <= MaxDailySpan ? DateGranularity.Day
            : span <= MaxMonthlySpan ? DateGranularity.Month
            : DateGranularity.Year;

        var interval = granularity.ToInterval();
        var counts = new Dictionary<DateOnly, int>();
        foreach (var (day, count) in plausible)
        {
            var start = interval.PeriodStart(EpochDays.ToDate(day));
            counts[start] = counts.GetValueOrDefault(start) + count;
        }

        var buckets = new List<DateBucket>();
        for (var start = interval.PeriodStart(first); start <= last; start = interval.Next(start))
            buckets.Add(Bucket(interval.Label(start), start, interval.Next(start), counts.GetValueOrDefault(start), all));
        return new DateHistogram(granularity, buckets, first, last, undated, outliers);
    }

    private static DateBucket Bucket(string label, DateOnly start, DateOnly end, int count, AllArticleDays? all) =>
        new(label, start, end, count) { AllCount = all?.Between(EpochDays.FromDate(start), EpochDays.FromDate(end)) ?? 0 };
}
