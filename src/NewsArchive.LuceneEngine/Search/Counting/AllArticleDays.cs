using Lucene.Net.Search;
using NewsArchive.Core.Search.Counting;

namespace NewsArchive.LuceneEngine.Search.Counting;

/// <summary>
/// How many articles are dated each day, of the whole archive or of those that pass a search's
/// filters: what a period's share is a share of, so that a story's rise is not confused with a
/// busier week. Made once per index reader and set of filters (<see cref="WholeArchive"/>,
/// <see cref="ShareBases"/>) and kept for as long as the reader lives (a refresh brings a new
/// reader and new counts; deletions belong to the reader, so nothing stale is shared), so a search
/// pays only a binary search per bar.
/// </summary>
internal sealed class AllArticleDays
{
    // Sorted days with at least one article, and the number of articles dated before each of them.
    private readonly long[] days;
    private readonly int[] before;

    public AllArticleDays(IReadOnlyDictionary<long, int> countsByDay)
    {
        days = countsByDay.Keys.Order().ToArray();
        before = new int[days.Length + 1];
        for (var i = 0; i < days.Length; i++) before[i + 1] = before[i] + countsByDay[days[i]];
    }

    /// <summary>The counts for the searcher's reader, counted on first use.</summary>
    public static AllArticleDays For(IndexSearcher searcher) => WholeArchive.For(searcher).Days;

    /// <summary>The articles of each day that has any.</summary>
    public Dictionary<DateOnly, int> ByDay()
    {
        var byDay = new Dictionary<DateOnly, int>(days.Length);
        for (var i = 0; i < days.Length; i++) byDay[EpochDays.ToDate(days[i])] = before[i + 1] - before[i];
        return byDay;
    }

    /// <summary>The first and last days with articles that <paramref name="keep"/> takes (the plausible ones, say); null when it takes none.</summary>
    public (DateOnly First, DateOnly Last)? Span(Func<DateOnly, bool> keep)
    {
        var first = Array.FindIndex(days, day => keep(EpochDays.ToDate(day)));
        if (first < 0) return null;
        var last = Array.FindLastIndex(days, day => keep(EpochDays.ToDate(day)));
        return (EpochDays.ToDate(days[first]), EpochDays.ToDate(days[last]));
    }

    /// <summary>Articles dated on a day in [<paramref name="firstDay"/>, <paramref name="endDay"/>), days since the epoch.</summary>
    public int Between(long firstDay, long endDay) => before[IndexOf(endDay)] - before[IndexOf(firstDay)];

    // The position of the first counted day on or after day.
    private int IndexOf(long day)
    {
        var index = Array.BinarySearch(days, day);
        return index >= 0 ? index : ~index;
    }
}
