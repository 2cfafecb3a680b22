using NewsArchive.Core.Search.Counting;

namespace NewsArchive.Core.Search.Coverage;

/// <summary>What a chart shows of each series: its matches, or their share of the period's articles.</summary>
public enum CoverageMeasure
{
    Count,

    /// <summary>The matches as a percentage of the articles of the period that pass the series' filters.</summary>
    Share,
}

/// <summary>
/// A comparison of coverage over time: several searches (series) on one chart, or one search split
/// by the values of a facet (left, center and right for <c>by=kw:bias</c>), counted per period.
/// All of it comes from the URL (<see cref="CoverageRequestReader"/>).
/// </summary>
public sealed record CoverageRequest
{
    /// <summary>Series on one chart: more are unreadable as lines, and each costs a pass over its matches.</summary>
    public const int MaxSeries = 6;

    /// <summary>Periods a chart may have when the reader chooses the interval; a finer one is refused for a coarser one.</summary>
    public const int MaxPeriods = 1_000;

    /// <summary>Periods the automatic interval aims at most: the finest interval giving no more.</summary>
    public const int MaxAutoPeriods = 120;

    /// <summary>One query per series, in the reader's order; none compares all articles (or splits them).</summary>
    public IReadOnlyList<string> Queries { get; init; } = [];

    /// <summary>Filters every series has (sources, keyword values, dates, exact words); its query is not read.</summary>
    public SearchRequest Filters { get; init; } = new();

    /// <summary>The facet whose values become the series of the one query; null for a series per query.</summary>
    public Facet? SplitBy { get; init; }

    /// <summary>The period's length; null chooses one from the span.</summary>
    public CoverageInterval? Interval { get; init; }

    public CoverageMeasure Measure { get; init; }

    /// <summary>Also list each series' characteristic words (a read of up to <see cref="Terms.TopTerms.MaxRead"/> of its matches' texts, so asked for, not always done).</summary>
    public bool Terms { get; init; }

    /// <summary>A search's filters as a comparison shares them: without what only a page of hits has (the query, page, order, display).</summary>
    public static SearchRequest SharedFilters(SearchRequest search) => new()
    {
        Sources = search.Sources,
        From = search.From,
        To = search.To,
        Keywords = search.Keywords,
        ExactWords = search.ExactWords,
    };

    /// <summary>The searches the series are made of, before any split: a query each, with the shared filters.</summary>
    public IReadOnlyList<SearchRequest> SeriesRequests() => Queries.Count == 0
        ? [Filters with { Query = null }]
        : Queries.Select(query => Filters with { Query = query }).ToList();
}
