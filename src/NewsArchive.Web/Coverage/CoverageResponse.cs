using System.Globalization;
using System.Text.Json.Serialization;
using NewsArchive.Core.Search.Coverage;
using NewsArchive.Web.Exports;
using NewsArchive.Web.Infrastructure;

namespace NewsArchive.Web.Coverage;

/// <summary>
/// What a comparison was made from, as a search export's header says it, so that a published chart
/// can be reproduced: the series' queries, the shared filters, the split, interval and measure,
/// when, and against which commit of the index.
/// </summary>
/// <param name="Queries">One per series, in order (empty: all articles, or the one search split).</param>
/// <param name="SplitBy">source, or kw: and a keyword list, when one search was split by its values; null otherwise.</param>
/// <param name="Interval">The periods' length: day, week (ISO, from Monday), month or year.</param>
/// <param name="IntervalChosen">Whether the interval was chosen for the span (interval=auto) rather than asked for.</param>
/// <param name="Measure">count, or share: each period's matches as a percentage of the articles of the period that pass the series' filters.</param>
/// <param name="CompareUrl">The comparison's page: the chart and table of these numbers.</param>
public sealed record CoverageHeader(
    IReadOnlyList<string> Queries,
    IReadOnlyList<string> Sources,
    string? From,
    string? To,
    IReadOnlyList<string> Keywords,
    bool ExactWords,
    string? SplitBy,
    string Interval,
    bool IntervalChosen,
    string Measure,
    string ExportedAt,
    long IndexVersion,
    int IndexArticles,
    string CompareUrl)
{
    /// <summary>What the record is: "compare" (a search export's is "export").</summary>
    [JsonPropertyOrder(-1)]
    public string Type => "compare";

    public static CoverageHeader Of(CoverageChart chart, DateTimeOffset now, HttpRequest http)
    {
        var request = chart.Request;
        var filters = request.Filters;
        return new(
            request.Queries,
            filters.Sources,
            filters.From is { } from ? SearchLinks.Day(from) : null,
            filters.To is { } to ? SearchLinks.Day(to) : null,
            filters.Keywords.Select(k => $"{k.List}:{k.Value}").ToList(),
            filters.ExactWords,
            request.SplitBy is { } facet ? CoverageLinks.ByValue(facet) : null,
            chart.Interval.Name(),
            chart.IntervalChosen,
            request.Measure == CoverageMeasure.Share ? "share" : "count",
            ExportFormats.Timestamp(now),
            chart.IndexVersion,
            chart.IndexArticles,
            SiteAddress.Absolute(http, CoverageLinks.Page(request)));
    }

    /// <summary>The header as named values, in order, for formats without nesting (CSV).</summary>
    public IEnumerable<(string Name, string Value)> Lines()
    {
        yield return ("type", Type);
        yield return ("queries", string.Join("; ", Queries));
        yield return ("sources", string.Join("; ", Sources));
        yield return ("from", From ?? "");
        yield return ("to", To ?? "");
        yield return ("keywords", string.Join("; ", Keywords));
        yield return ("exact words", ExactWords ? "yes" : "no");
        yield return ("split by", SplitBy ?? "");
        yield return ("interval", Interval + (IntervalChosen ? " (chosen for the span)" : ""));
        yield return ("measure", Measure);
        yield return ("exported at", ExportedAt);
        yield return ("index version", IndexVersion.ToString(CultureInfo.InvariantCulture));
        yield return ("index articles", IndexArticles.ToString(CultureInfo.InvariantCulture));
        yield return ("compare", CompareUrl);
    }
}

/// <summary>A comparison of coverage over time: its header, and each series' numbers per period.</summary>
/// <param name="Notices">What to know about the numbers: an interval too fine for the span, values left out of a split.</param>
/// <param name="Milliseconds">Time the counting took in the archive.</param>
public sealed record CoverageResponse(CoverageHeader Header, IReadOnlyList<string> Notices, IReadOnlyList<SeriesResponse> Series, double Milliseconds)
{
    public static CoverageResponse From(CoverageChart chart, DateTimeOffset now, HttpRequest http) => new(
        CoverageHeader.Of(chart, now, http),
        chart.Notices,
        chart.Series.Select(series => SeriesResponse.From(series, chart.Periods)).ToList(),
        Math.Round(chart.Elapsed.TotalMilliseconds, 2));
}

/// <summary>One series: its search and its points.</summary>
/// <param name="Label">What the series is: its query, or the facet value it was split by.</param>
/// <param name="Query">Its query as counted (a facet value typed in it moved to its filters).</param>
/// <param name="Sources">Its outlets: the shared filter, or the one it was split by.</param>
/// <param name="Keywords">Its keyword values (list:value): the shared filters, those its query typed, or the one it was split by; its share is of the articles with these.</param>
/// <param name="Total">Every match, charted or not.</param>
/// <param name="Undated">Matches with no known date, not in any period.</param>
/// <param name="Impossible">Matches with impossible dates (year 0001, the future), not in any period.</param>
/// <param name="Notice">How its query was read when not as typed, or null.</param>
/// <param name="SearchUrl">The search of its matches.</param>
/// <param name="Points">One per period, in order.</param>
public sealed record SeriesResponse(
    string Label,
    string? Query,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Keywords,
    int Total,
    int Undated,
    int Impossible,
    string? Notice,
    string SearchUrl,
    IReadOnlyList<PointResponse> Points)
{
    /// <summary>With terms=1: the words most characteristic of the series' matches (as /api/terms gives them); null otherwise.</summary>
    public IReadOnlyList<Terms.TermResponse>? Terms { get; init; }

    /// <summary>With terms=1: how the words were counted (all matches, or a stated random sample).</summary>
    public string? TermsNote { get; init; }

    public static SeriesResponse From(CoverageSeries series, IReadOnlyList<CoveragePeriod> periods) => new(
        series.Label,
        series.Request.Query,
        series.Request.Sources,
        series.Request.Keywords.Select(k => $"{k.List}:{k.Value}").ToList(),
        series.Total,
        series.Undated,
        series.Impossible,
        series.Notice,
        SearchLinks.Search(series.Request),
        series.Points.Select((point, i) => PointResponse.Of(point, periods[i])).ToList())
    {
        Terms = series.Terms?.Terms.Select(term => Web.Terms.TermResponse.From(term, series.Terms)).ToList(),
        TermsNote = series.Terms is { } terms ? Web.Terms.TermsNote.Of(terms) : null,
    };
}

/// <summary>A series in one period.</summary>
/// <param name="Period">The period's name: 2020, 2020-03, 2020-W12 (ISO week) or 2020-03-16.</param>
/// <param name="From">Its first day (YYYY-MM-DD).</param>
/// <param name="To">Its last day, included.</param>
/// <param name="Count">Matches in the period.</param>
/// <param name="Articles">Articles of the period that pass the series' filters, whatever its words: what the share is of.</param>
/// <param name="Share">Count as a percentage of Articles, to 4 decimal places; null when the period has no articles.</param>
/// <param name="TooFew">Fewer than 10 articles in the period: too few for the share to mean anything.</param>
/// <param name="Partial">The chosen dates, or the first or last day the archive has articles from, cut the period: fewer of its days are counted (the current month, say).</param>
public sealed record PointResponse(string Period, string From, string To, int Count, int Articles, double? Share, bool TooFew, bool Partial)
{
    public static PointResponse Of(CoveragePoint point, CoveragePeriod period) => new(
        period.Label, SearchLinks.Day(period.Start), SearchLinks.Day(period.Last), point.Count, point.Base, point.Share, point.Sparse, period.Partial);
}
