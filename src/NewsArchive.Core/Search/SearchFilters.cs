using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.Core.Indexing;

namespace NewsArchive.Core.Search;

/// <summary>
/// The filters of a request as one query that matches without scoring: any of the chosen sources,
/// the date range, and every chosen keyword.
/// </summary>
internal static class SearchFilters
{
    private static readonly DateOnly Epoch = DateOnly.FromDateTime(DateTime.UnixEpoch);
    private const long MillisPerDay = 86_400_000;

    /// <summary>The query restricted by the request's filters; <paramref name="includeSources"/> false leaves sources out.</summary>
    public static Query Apply(Query query, SearchRequest request, bool includeSources = true)
    {
        var filter = new BooleanQuery();
        if (includeSources && request.Sources.Count > 0)
        {
            var anySource = new BooleanQuery();
            foreach (var source in request.Sources)
                anySource.Add(new TermQuery(new Term(ArchiveSchema.Source, ArchiveSchema.SourceKey(source))), Occur.SHOULD);
            filter.Add(anySource, Occur.MUST);
        }
        if (request.From is not null || request.To is not null)
            filter.Add(DateRange(request.From, request.To), Occur.MUST);
        foreach (var keyword in request.Keywords)
            filter.Add(new TermQuery(new Term(ArchiveSchema.KeywordField(keyword.List), keyword.Value)), Occur.MUST);

        return filter.Clauses.Count == 0 ? query : new FilteredQuery(query, new QueryWrapperFilter(filter));
    }

    /// <summary>Whole UTC days, both ends included.</summary>
    public static Query DateRange(DateOnly? from, DateOnly? to) =>
        NumericRangeQuery.NewInt64Range(
            ArchiveSchema.Date,
            ArchiveSchema.DatePrecisionStep,
            from is { } start ? StartOfDay(start) : null,
            to is { } end ? StartOfDay(end) + MillisPerDay : null,
            minInclusive: true,
            maxInclusive: false);

    private static long StartOfDay(DateOnly day) => (day.DayNumber - Epoch.DayNumber) * MillisPerDay;
}
