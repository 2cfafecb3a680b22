using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Coverage;
using NewsArchive.Web.Infrastructure;

namespace NewsArchive.Web.Coverage;

/// <summary>Writes a comparison back into a URL: the page, its exports and its API answer are permalinks of the same parameters.</summary>
public static class CoverageLinks
{
    public static string Page(CoverageRequest request) => "/compare" + QueryString(request);

    public static string Api(CoverageRequest request) => "/api/compare" + QueryString(request);

    /// <summary>The chart's numbers as a file: csv or json.</summary>
    public static string Export(CoverageRequest request, string extension) => "/compare." + extension + QueryString(request);

    /// <summary>The comparison a results page leads to: its search as the one series, its filters shared.</summary>
    public static string From(SearchRequest search) => Page(new CoverageRequest
    {
        Queries = search.HasQuery ? [search.Query!] : [],
        Filters = CoverageRequest.SharedFilters(search),
        Measure = search.DateShares ? CoverageMeasure.Share : CoverageMeasure.Count,
    });

    /// <summary>The comparison with <paramref name="term"/> added to the query of the series numbered <paramref name="series"/> (to the one query, when it is split).</summary>
    public static string Adding(CoverageRequest request, int series, string term)
    {
        var queries = request.Queries.Count == 0 ? [""] : request.Queries.ToList();
        var at = request.SplitBy is null ? series : 0;
        queries[at] = queries[at].Length == 0 ? term : $"{queries[at]} {term}";
        return Page(request with { Queries = queries });
    }

    /// <summary>The search behind one point: the series' query and filters, the period's days.</summary>
    public static string Search(CoverageSeries series, CoveragePeriod period) =>
        SearchLinks.Search(series.Request.WithDates(period.Start, period.Last) with { Sort = SearchSort.Oldest });

    public static QueryString QueryString(CoverageRequest request) => Microsoft.AspNetCore.Http.QueryString.Create(Parameters(request));

    /// <summary>The comparison as URL parameters: each series' query, the split, interval and measure, then the shared filters.</summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> Parameters(CoverageRequest request)
    {
        var pairs = request.Queries.Select(q => new KeyValuePair<string, string?>("q", q)).ToList();
        if (request.SplitBy is { } facet) pairs.Add(new("by", ByValue(facet)));
        if (request.Interval is { } interval) pairs.Add(new("interval", interval.Name()));
        if (request.Measure == CoverageMeasure.Share) pairs.Add(new("measure", "share"));
        if (request.Terms) pairs.Add(new("terms", "1"));
        pairs.AddRange(SearchLinks.Parameters(request.Filters));
        return pairs;
    }

    /// <summary>What by= says for a facet: source, or kw: and the list.</summary>
    public static string ByValue(Core.Search.Counting.Facet facet) => facet.List is null ? "source" : "kw:" + facet.List;
}
