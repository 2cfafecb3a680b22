namespace NewsArchive.Core.Search.Coverage;

/// <summary>One period of a chart: [<paramref name="Start"/>, <paramref name="End"/>).</summary>
/// <param name="Partial">The chosen dates, or the first or last day the archive has articles from, cut the period: fewer of its days are counted (this month, so far).</param>
public sealed record CoveragePeriod(DateOnly Start, DateOnly End, string Label, bool Partial)
{
    /// <summary>The last day of the period.</summary>
    public DateOnly Last => End.AddDays(-1);
}

/// <summary>A series' matches in one period, and the articles of the period its filters let through.</summary>
public sealed record CoveragePoint(int Count, int Base)
{
    /// <summary>
    /// Fewer articles than this in a period, and its share means nothing (one article of three is
    /// 33%): the period is marked, never drawn as a peak. The date histogram's threshold.
    /// </summary>
    public const int MinBase = DateBucket.MinShareBase;

    /// <summary>The matches as a percentage of <see cref="Base"/>, to 4 decimal places (what every output gives); null when the period has no articles.</summary>
    public double? Share => Base == 0 ? null : Math.Round(Count * 100.0 / Base, 4);

    /// <summary>Too few articles in the period for its numbers to mean much.</summary>
    public bool Sparse => Base < MinBase;
}

/// <summary>One line of a chart.</summary>
/// <param name="Label">What the series is: its query, or the facet value it was split by.</param>
/// <param name="Request">Its search as counted: the query, and the filters its share is taken within.</param>
/// <param name="Total">Every match, charted or not.</param>
/// <param name="Undated">Matches with no known date, left out of the chart.</param>
/// <param name="Impossible">Matches with impossible dates (year 0001, the future), left out of the chart.</param>
/// <param name="Points">One per period of the chart, in order.</param>
/// <param name="Notice">How the query was read when not as typed, or null.</param>
public sealed record CoverageSeries(
    string Label,
    SearchRequest Request,
    int Total,
    int Undated,
    int Impossible,
    IReadOnlyList<CoveragePoint> Points,
    string? Notice)
{
    /// <summary>The words most characteristic of the series' matches, when the request asked for them.</summary>
    public Terms.TopTerms? Terms { get; init; }
}

/// <summary>A comparison of coverage: series counted over the same periods, from one snapshot of the archive.</summary>
/// <param name="Request">What was asked.</param>
/// <param name="Interval">The periods' length: the one asked, or the one chosen for the span.</param>
/// <param name="Notices">What the reader should know about the numbers (an interval too fine, values left out of a split).</param>
public sealed record CoverageChart(
    CoverageRequest Request,
    CoverageInterval Interval,
    IReadOnlyList<CoveragePeriod> Periods,
    IReadOnlyList<CoverageSeries> Series,
    IReadOnlyList<string> Notices,
    long IndexVersion,
    int IndexArticles)
{
    public TimeSpan Elapsed { get; init; }

    /// <summary>Whether any point is too small to mean much.</summary>
    public bool HasSparse => Series.Any(s => s.Points.Any(p => p.Sparse));

    /// <summary>Whether the interval was chosen for the span rather than by the reader.</summary>
    public bool IntervalChosen => Request.Interval is null;
}
