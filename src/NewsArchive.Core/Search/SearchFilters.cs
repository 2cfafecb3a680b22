using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.Core.Indexing;
using NewsArchive.Core.Search.Counting;

namespace NewsArchive.Core.Search;

/// <summary>
/// The filters of a request as one query that matches without scoring: the date range and, per
/// facet, any of its chosen values (two sources, or two topics, are alternatives; a source and a
/// topic both apply).
/// </summary>
internal static class SearchFilters
{
    /// <summary>
    /// The query restricted by the request's filters; <paramref name="except"/> leaves that facet's
    /// choices out, to count what choosing another of its values would bring.
    /// </summary>
    public static Query Apply(Query query, SearchRequest request, Facet? except = null)
    {
        var filter = new BooleanQuery();
        if (except != Facet.Sources && request.Sources.Count > 0)
            filter.Add(AnyOf(request.Sources.Select(source => new Term(ArchiveSchema.Source, ArchiveSchema.SourceKey(source)))), Occur.MUST);
        if (request.From is not null || request.To is not null)
            filter.Add(DateRange(request.From, request.To), Occur.MUST);
        foreach (var list in request.Keywords.GroupBy(k => k.List, StringComparer.Ordinal))
        {
            if (except?.List == list.Key) continue;
            filter.Add(AnyOf(list.Select(k => new Term(ArchiveSchema.KeywordField(k.List), k.Value))), Occur.MUST);
        }

        return filter.Clauses.Count == 0 ? query : new FilteredQuery(query, new QueryWrapperFilter(filter));
    }

    private static Query AnyOf(IEnumerable<Term> terms)
    {
        var any = new BooleanQuery();
        foreach (var term in terms) any.Add(new TermQuery(term), Occur.SHOULD);
        return any;
    }

    /// <summary>Whole UTC days, both ends included.</summary>
    public static Query DateRange(DateOnly? from, DateOnly? to) =>
        NumericRangeQuery.NewInt64Range(
            ArchiveSchema.Date,
            ArchiveSchema.DatePrecisionStep,
            from is { } start ? EpochDays.StartMillis(start) : null,
            to is { } end ? EpochDays.StartMillis(end) + EpochDays.MillisPerDay : null,
            minInclusive: true,
            maxInclusive: false);
}
