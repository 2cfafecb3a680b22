using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Benchmarks.Speed;

/// <summary>
/// The months the date filter of the query mix selects: three calendar months around the middle
/// of the archive's dates. Taken from the index, since each corpus covers other years (Reuters
/// 1987, scaled corpora 2000–2025), and a window with no articles would time an empty search.
/// </summary>
internal sealed record DateWindow(DateOnly From, DateOnly To)
{
    public static DateWindow Of(ArchiveSearcher searcher)
    {
        var dates = searcher.Search(new SearchRequest { PageSize = 1 }).Dates;
        if (dates is not { First: { } first, Last: { } last })
            return Starting(new DateOnly(2000, 1, 1));
        return Around(first.AddDays((last.DayNumber - first.DayNumber) / 2));
    }

    /// <summary>The month of <paramref name="middle"/>, the one before and the one after.</summary>
    public static DateWindow Around(DateOnly middle) => Starting(new DateOnly(middle.Year, middle.Month, 1).AddMonths(-1));

    private static DateWindow Starting(DateOnly from) => new(from, from.AddMonths(3).AddDays(-1));

    public override string ToString() => $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}";
}
