namespace NewsArchive.Core.Search;

public enum SearchSort
{
    Relevance,
    Newest,
    Oldest,

    /// <summary>Newest to the archive first (the time indexed), whatever the articles' own dates: what a feed follows.</summary>
    Added,

    /// <summary>
    /// A random order fixed by <see cref="SearchRequest.Seed"/>: its first n hits are a uniform
    /// random sample of the matches, the same for the same seed (and, for the articles already
    /// there, when the archive grows), to read or code a representative set.
    /// </summary>
    Random,
}

/// <summary>A keyword facet value to filter by, e.g. topics = cocoa.</summary>
public sealed record KeywordFilter(string List, string Value);

/// <summary>Everything a search page or API call asks for; all of it comes from the URL.</summary>
public sealed record SearchRequest
{
    public const int MaxPageSize = 100;

    /// <summary>How deep paging may go; deeper pages cost memory on every request and no reader needs them.</summary>
    public const int MaxResultWindow = 10_000;

    /// <summary>The user's query text; empty browses everything.</summary>
    public string? Query { get; init; }

    /// <summary>Outlets to include (any of them); empty means all.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>First day included (UTC).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day included (UTC).</summary>
    public DateOnly? To { get; init; }

    /// <summary>Keyword values to include: any of those of one list, and every list chosen.</summary>
    public IReadOnlyList<KeywordFilter> Keywords { get; init; } = [];

    /// <summary>Match words only as typed, without their other forms (stemming off).</summary>
    public bool ExactWords { get; init; }

    /// <summary>Null means the natural order: relevance for a query, newest first when browsing.</summary>
    public SearchSort? Sort { get; init; }

    /// <summary>What fixes the order of <see cref="SearchSort.Random"/>: the same seed, the same sample. Ignored by the other orders.</summary>
    public int Seed { get; init; }

    /// <summary>
    /// The date histogram shows each period's share of all articles rather than counts. Display
    /// only: the search is the same, but it is kept in the URL like everything else.
    /// </summary>
    public bool DateShares { get; init; }

    /// <summary>
    /// Give each hit a snippet (its best passages, the matches marked) and mark its title. Off
    /// for callers that need only which articles match and the counts: the snippets are the
    /// dearest part of a search after the counting.
    /// </summary>
    public bool Snippets { get; init; } = true;

    /// <summary>Look for misspellings and other spellings of the query's words.</summary>
    public bool AdviseSpelling { get; init; } = true;

    /// <summary>
    /// Search the query as typed even when it finds nothing and a spelling correction would find
    /// something: the reader's way back from "Showing results for …".
    /// </summary>
    public bool AsTyped { get; init; }

    /// <summary>
    /// One hit per story (its best-ranked version, or its newest or oldest when sorted by date),
    /// paged and counted by stories; the facets still count articles.
    /// </summary>
    public bool OnePerStory { get; init; }

    /// <summary>1-based page number.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 10;

    public bool HasQuery => !string.IsNullOrWhiteSpace(Query);

    public SearchSort EffectiveSort => Sort ?? (HasQuery ? SearchSort.Relevance : SearchSort.Newest);

    public bool HasFilters => Sources.Count > 0 || From is not null || To is not null || Keywords.Count > 0;
}
