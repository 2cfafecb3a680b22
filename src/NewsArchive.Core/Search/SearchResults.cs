using NewsArchive.Core.Search.Counting;
using NewsArchive.Core.Search.Spelling;
using NewsArchive.Core.Stories;

namespace NewsArchive.Core.Search;

/// <summary>A facet value and how many matching articles have it.</summary>
public sealed record FacetValue(string Value, int Count);

/// <summary>One bar of the date histogram: the articles dated in [Start, End).</summary>
public sealed record DateBucket(string Label, DateOnly Start, DateOnly End, int Count)
{
    /// <summary>The last day in the bucket, for inclusive from/to filters.</summary>
    public DateOnly Last => End.AddDays(-1);

    /// <summary>
    /// The fewest articles a period needs for its share to mean anything: below it one article more
    /// or less swings the share by over ten points, and a month with 1 match of 2 would dwarf the
    /// years with thousands.
    /// </summary>
    public const int MinShareBase = 10;

    /// <summary>The articles dated in the period that pass every filter of the search (sources, keyword values, dates) whatever its words.</summary>
    public int AllCount { get; init; }

    /// <summary>The matches as a percentage of <see cref="AllCount"/>; 0 for a period with none.</summary>
    public double Share => AllCount == 0 ? 0 : Count * 100.0 / AllCount;

    /// <summary>Whether the period has some articles but fewer than <see cref="MinShareBase"/>: its share is shown as such, never as a peak.</summary>
    public bool Sparse => AllCount is > 0 and < MinShareBase;
}

public enum DateGranularity
{
    Day,
    Month,
    Year,
}

/// <param name="First">The earliest day in the histogram, null if no article is dated.</param>
/// <param name="Last">The latest day in the histogram.</param>
/// <param name="Undated">Matching articles with no known date.</param>
/// <param name="Outliers">Days no article can have been published on (year 0001, the future), left out of the bars.</param>
public sealed record DateHistogram(
    DateGranularity Granularity,
    IReadOnlyList<DateBucket> Buckets,
    DateOnly? First,
    DateOnly? Last,
    int Undated,
    IReadOnlyList<DateBucket> Outliers)
{
    public int MaxCount => Buckets.Count == 0 ? 0 : Buckets.Max(b => b.Count);

    /// <summary>The largest share of a period with enough articles to compare (<see cref="DateBucket.Sparse"/> ones left out).</summary>
    public double MaxShare => Buckets.Where(b => !b.Sparse).Select(b => b.Share).DefaultIfEmpty(0).Max();
}

public sealed record SearchHit(
    string Id,
    HighlightedText Title,
    string? Source,
    DateTimeOffset? Date,
    HighlightedText Snippet)
{
    /// <summary>The story the article belongs to, when it shares one with other articles.</summary>
    public HitStory? Story { get; init; }

    /// <summary>When the article was last indexed; null in an index made before this was kept.</summary>
    public DateTimeOffset? Indexed { get; init; }

    /// <summary>The article's original address, when its source gave one.</summary>
    public string? Url { get; init; }
}

public sealed record SearchResults
{
    public required SearchRequest Request { get; init; }

    /// <summary>
    /// <see cref="Request"/> with the facet values its query chose (bias:left) out of its text and
    /// among its filters, as if ticked: what facet lists show as chosen, and what a link that
    /// unticks one starts from. Excluded values (-bias:left) stay in the text.
    /// </summary>
    public required SearchRequest Ticked { get; init; }
    /// <summary>Matching articles.</summary>
    public required int Total { get; init; }

    /// <summary>Distinct stories among the matching articles.</summary>
    public int Stories { get; init; }
    public required IReadOnlyList<SearchHit> Hits { get; init; }
    /// <summary>
    /// The most frequent sources with their counts, and every chosen one; the counts ignore the
    /// chosen sources (they show what choosing another would add).
    /// </summary>
    public required TopFacetValues Sources { get; init; }

    public required DateHistogram Dates { get; init; }

    /// <summary>
    /// Keyword facets by list name ("topics", "places", …), each with its most frequent values and
    /// their counts, and every chosen one; like the sources, a list's counts ignore the values chosen in it.
    /// </summary>
    public required IReadOnlyDictionary<string, TopFacetValues> Keywords { get; init; }

    /// <summary>Set when the query could not be parsed as written and was searched as plain words.</summary>
    public string? Notice { get; init; }

    /// <summary>
    /// Set when a word with * or ? matched more words than one search looks up
    /// (<see cref="ExpansionBudget"/>) and was searched for its most frequent ones only.
    /// </summary>
    public string? Narrowed { get; init; }

    /// <summary>
    /// Set when the search reached its time budget and answers with what it had: the counts and
    /// hits of the matches reached (<see cref="StoppedCounting"/>), or every match with some
    /// snippets unmarked (<see cref="StoppedMarking"/>).
    /// </summary>
    public string? Stopped { get; init; }

    public const string StoppedCounting =
        "This search took too long and was stopped: the counts and hits are of the articles it reached, not all that match. Narrow it (more words, dates, sources) to have them all.";

    public const string StoppedMarking =
        "This search took too long to mark every snippet: some hits show their article's opening instead.";

    /// <summary>How the search was understood, in plain words, one part each (words, phrases, filters).</summary>
    public IReadOnlyList<string> Understood { get; init; } = [];

    /// <summary>
    /// The query as the reader typed it, when it found nothing and these are the results of its
    /// spelling correction (<see cref="Request"/> holds the corrected query); null otherwise.
    /// </summary>
    public string? CorrectedFrom { get; init; }

    /// <summary>Corrections and other spellings of the query's words, from the archive's own vocabulary.</summary>
    public SpellingAdvice Spelling { get; init; } = SpellingAdvice.None;

    public required TimeSpan Elapsed { get; init; }

    /// <summary>What the hits are counted in: stories when one hit per story is shown, articles otherwise.</summary>
    public int Listed => Request.OnePerStory ? Stories : Total;

    public int PageCount => Math.Min(
        (Listed + Request.PageSize - 1) / Request.PageSize,
        SearchRequest.MaxResultWindow / Request.PageSize);
}
