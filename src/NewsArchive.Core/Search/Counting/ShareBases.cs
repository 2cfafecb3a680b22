using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.Core.Indexing;

namespace NewsArchive.Core.Search.Counting;

/// <summary>
/// What a period's share is a share of: the articles of each day that pass a request's filters
/// (sources, keyword values, dates) whatever its words, so that <c>bias:center</c>'s share of a
/// month is of center's articles, not of everyone's. They depend only on the filters, so they are
/// counted in one pass over the filtered articles the first time a set of filters is seen and kept
/// with the reader; a search then pays nothing more than its own pass over the matches.
/// </summary>
internal sealed class ShareBases
{
    // Enough for the filter sets of a busy day; past it the table starts afresh rather than grow
    // with every combination a crawler can invent.
    private const int MaxKept = 256;

    private static readonly ConditionalWeakTable<IndexReader, ShareBases> Cache = new();

    private readonly ConcurrentDictionary<string, AllArticleDays> byFilters = new(StringComparer.Ordinal);

    /// <summary>The day counts of the articles that pass <paramref name="request"/>'s filters (the whole archive's when it has none).</summary>
    public static AllArticleDays For(IndexSearcher searcher, SearchRequest request)
    {
        if (!request.HasFilters) return WholeArchive.For(searcher).Days;
        var bases = Cache.GetValue(searcher.IndexReader, _ => new ShareBases());
        var key = Key(request);
        if (bases.byFilters.TryGetValue(key, out var days)) return days;
        if (bases.byFilters.Count >= MaxKept) bases.byFilters.Clear();
        return bases.byFilters.GetOrAdd(key, _ => Count(searcher, request));
    }

    private static AllArticleDays Count(IndexSearcher searcher, SearchRequest request)
    {
        var days = new DayCounter(ReaderFacets.For(searcher.IndexReader).Days);
        searcher.Search(SearchFilters.Apply(new MatchAllDocsQuery(), request), days);
        return new AllArticleDays(days.CountsByDay());
    }

    // The filters in a canonical order, so that the same choices in another order share one count.
    private static string Key(SearchRequest request) => string.Join('\u001f',
        request.Sources.Select(ArchiveSchema.SourceKey).Distinct().Order(StringComparer.Ordinal).Select(s => "s=" + s)
            .Concat(request.Keywords.Select(k => "k=" + k.List + "\u001e" + k.Value).Distinct().Order(StringComparer.Ordinal))
            .Append("f=" + request.From?.ToString("O", CultureInfo.InvariantCulture))
            .Append("t=" + request.To?.ToString("O", CultureInfo.InvariantCulture)));
}
