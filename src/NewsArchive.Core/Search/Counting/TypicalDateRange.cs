namespace NewsArchive.Core.Search.Counting;

/// <summary>
/// The span where the dates of a set of articles really lie, so that a stray year 0001 or 2050
/// (as real archives have) does not stretch the histogram into centuries of empty bars. Tukey's
/// fences: three interquartile ranges beyond the quartiles, with the range never narrower than a
/// year so that a burst of news in one week does not make its neighbours outliers.
/// </summary>
internal static class TypicalDateRange
{
    private const long MinSpreadDays = 366;
    private const int FenceWidth = 3;

    /// <summary>The first and last day (inclusive) that are not outliers.</summary>
    public static (long First, long Last) Of(IReadOnlyDictionary<long, int> countsByDay)
    {
        var days = countsByDay.OrderBy(pair => pair.Key).ToList();
        var total = days.Sum(pair => (long)pair.Value);
        var lowerQuartile = Quantile(days, total, 0.25);
        var upperQuartile = Quantile(days, total, 0.75);
        var spread = Math.Max(upperQuartile - lowerQuartile, MinSpreadDays);
        var first = days.First(pair => pair.Key >= lowerQuartile - FenceWidth * spread).Key;
        var last = days.Last(pair => pair.Key <= upperQuartile + FenceWidth * spread).Key;
        return (first, last);
    }

    /// <summary>The day below which a <paramref name="fraction"/> of the articles lie (nearest rank).</summary>
    private static long Quantile(List<KeyValuePair<long, int>> days, long total, double fraction)
    {
        var rank = Math.Max(1, (long)Math.Ceiling(fraction * total));
        long seen = 0;
        foreach (var (day, count) in days)
        {
            seen += count;
            if (seen >= rank) return day;
        }
        return days[^1].Key;
    }
}
