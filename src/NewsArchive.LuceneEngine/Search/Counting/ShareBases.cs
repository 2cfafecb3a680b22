using System.Collections.Concurrent;
using System.Globalization;
using Lucene.Net.Search;
using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Readers;

namespace NewsArchive.LuceneEngine.Search.Counting;

/// <summary>
/// What a period's share is a share of: the articles of each day that pass a request's filters
/// (sources, keyword values, dates) whatever its words, so that <c>bias:center</c>'s share of a
/// month is of center's articles, not of everyone's. They depend only on the filters, so they are
/// counted in one pass over the filtered articles the first time a set of filters is seen and kept
/// with the reader (by <see cref="WholeArchive"/>, whose whole-archive counts serve a search with
/// no filter); a search then pays nothing more than its own pass over the matches.
/// </summary>
internal sealed class ShareBases
{
    // Enough for the filter sets of a busy day; past it the table starts afresh rather than grow
    // with every combination a crawler can invent.
    private const int MaxKept = 256;

    private readonly ConcurrentDictionary<string, AllArticleDays> byFilters = new(StringComparer.Ordinal);

    /// <summary>The day counts of the articles of <paramref name="searcher"/>'s reader that pass <paramref name="request"/>'s filters.</summary>
    public AllArticleDays For(IndexSearcher searcher, SearchRequest request)
    {
        var key = Key(request);
        if (byFilters.TryGetValue(key, out var days)) return days;
        if (byFilters.Count >= MaxKept) byFilters.Clear();
        return byFilters.GetOrAdd(key, _ => Count(searcher, request));
    }

    private static AllArticleDays Count(IndexSearcher searcher, SearchRequest request)
    {
        var days = new DayCounter(ReaderFacets.For(searcher).Days);
        searcher.Search(SearchFilters.Apply(searcher, new MatchAllDocsQuery(), request), days);
        return new AllArticleDays(days.CountsByDay());
    }

    // The filters in a canonical order, so that the same choices in another order share one count.
    private static string Key(SearchRequest request) => string.Join('\u001f',
        request.Sources.Select(ArchiveSchema.SourceKey).Distinct().Order(StringComparer.Ordinal).Select(s => "s=" + s)
            .Concat(request.Keywords.Select(k => "k=" + k.List + "\u001e" + k.Value).Distinct().Order(StringComparer.Ordinal))
            .Append("f=" + request.From?.ToString("O", CultureInfo.InvariantCulture))
            .Append("t=" + request.To?.ToString("O", CultureInfo.InvariantCulture)));
}
