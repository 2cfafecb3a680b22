using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Counting;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Readers;

namespace NewsArchive.LuceneEngine.Search.Counting;

/// <summary>
/// The filters of a request, which match without scoring: per facet, any of its chosen values
/// (two sources, or two topics, are alternatives; a source and a topic both apply), and the date
/// range, checked article by article as the query finds them.
/// </summary>
internal static class SearchFilters
{
    /// <summary>
    /// The query restricted by the request's filters, for <paramref name="searcher"/> (whose segments
    /// have the days); <paramref name="except"/> leaves that facet's choices out, to count what
    /// choosing another of its values would bring.
    /// </summary>
    public static Query Apply(IndexSearcher searcher, Query query, SearchRequest request, Facet? except = null)
    {
        var filter = new BooleanQuery();
        if (except != Facet.Sources && request.Sources.Count > 0)
            filter.Add(AnyOf(request.Sources.Select(source => new Term(ArchiveSchema.Source, ArchiveSchema.SourceKey(source)))), Occur.MUST);
        foreach (var list in request.Keywords.GroupBy(k => k.List, StringComparer.Ordinal))
        {
            if (except?.List == list.Key) continue;
            filter.Add(AnyOf(list.Select(k => new Term(ArchiveSchema.KeywordField(k.List), k.Value))), Occur.MUST);
        }

        var filtered = filter.Clauses.Count == 0 ? query : new FilteredQuery(query, new QueryWrapperFilter(filter));
        if (request.From is null && request.To is null) return filtered;
        // Query first: the date filter is asked only about the articles the query matches.
        return new FilteredQuery(filtered, DateRange(ReaderState.Of(searcher).Segments, request.From, request.To), FilteredQuery.QUERY_FIRST_FILTER_STRATEGY);
    }

    /// <summary>The articles with any of the values the request chose of <paramref name="facet"/>; null when it chose none.</summary>
    public static Query? OfFacet(SearchRequest request, Facet facet)
    {
        if (facet == Facet.Sources)
            return request.Sources.Count == 0 ? null : AnyOf(request.Sources.Select(source => new Term(ArchiveSchema.Source, ArchiveSchema.SourceKey(source))));
        var chosen = request.Keywords.Where(k => k.List == facet.List).ToList();
        return chosen.Count == 0 ? null : AnyOf(chosen.Select(k => new Term(ArchiveSchema.KeywordField(k.List), k.Value)));
    }

    private static Query AnyOf(IEnumerable<Term> terms)
    {
        var any = new BooleanQuery();
        foreach (var term in terms) any.Add(new TermQuery(term), Occur.SHOULD);
        return any;
    }

    /// <summary>Whole UTC days, both ends included.</summary>
    public static Filter DateRange(SegmentCache segments, DateOnly? from, DateOnly? to) => new DayRangeFilter(
        segments,
        from is { } start ? EpochDays.FromDate(start) : long.MinValue,
        to is { } end ? EpochDays.FromDate(end) : long.MaxValue - 1);
}
