using Lucene.Net.Search;
using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Counting;
using NewsArchive.Core.Search.Coverage;
using NewsArchive.LuceneEngine.Readers;

namespace NewsArchive.LuceneEngine.Search.Counting;

/// <summary>
/// A chart's counts: each search's matches per day in one pass that counts nothing else (no hits,
/// facets or stories), beside the articles per day its filters let through, which are counted once
/// per reader and set of filters (<see cref="ShareBases"/>). A search of no words and no filters
/// is the whole archive's counts, already kept with the reader.
/// </summary>
internal static class CoverageCounter
{
    /// <param name="query">The request's query as the engine built it; <paramref name="request"/> holds its filters.</param>
    /// <param name="everything">Whether the request lists every article (no words, filters or exclusions).</param>
    public static SeriesCounts Count(IndexSearcher searcher, Query query, SearchRequest request, bool everything, string? notice, CancellationToken cancellation)
    {
        var whole = WholeArchive.For(searcher);
        IReadOnlyDictionary<long, int> byDay;
        int undated;
        if (everything)
        {
            (byDay, undated) = (whole.Counts.CountsByDay, whole.Counts.Undated);
        }
        else
        {
            var days = new DayCounter(ReaderFacets.For(searcher).Days);
            searcher.Search(SearchFilters.Apply(searcher, query, request), new DeadlineCollector(days, cancellation));
            (byDay, undated) = (days.CountsByDay(), days.Undated);
        }
        var matches = byDay.ToDictionary(pair => EpochDays.ToDate(pair.Key), pair => pair.Value);
        return new SeriesCounts(request, matches.Values.Sum() + undated, undated, matches, whole.ShareBase(searcher, request).ByDay(), notice);
    }
}
