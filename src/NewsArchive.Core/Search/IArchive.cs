using NewsArchive.Core.Search.Counting;
using NewsArchive.Core.Search.Coverage;
using NewsArchive.Core.Search.Terms;
using NewsArchive.Core.Stories;
using NewsArchive.Core.Stories.Comparison;

namespace NewsArchive.Core.Search;

/// <summary>
/// What an archive answers: searches with their counts, the values of a facet, results streamed
/// for export, completions, an article, a story, the neighbours of a result, and its own state.
/// Thread-safe; one instance serves every request. Every call can be stopped by its
/// <see cref="CancellationToken"/> (the reader left), with an <see cref="OperationCanceledException"/>.
/// A call on an archive that is not <see cref="IndexState.Open"/> fails with <see cref="IndexUnavailableException"/>.
/// </summary>
public interface IArchive : IDisposable
{
    /// <summary>Whether the archive can be searched, and if not, why.</summary>
    IndexState State { get; }

    /// <summary>What made the archive unreadable, when it is <see cref="IndexState.Damaged"/>.</summary>
    Exception? Fault { get; }

    /// <summary>Articles in the archive as searched now; 0 when it is not open.</summary>
    int ArticleCount { get; }

    /// <summary>Makes what the writer has committed since searchable (opening the archive when it was not yet); whether anything changed.</summary>
    bool Refresh();

    /// <summary>
    /// The page of hits, the total and the facets. Past the time budget it answers with the
    /// matches reached and says so (<see cref="SearchResults.Stopped"/>).
    /// </summary>
    SearchResults Search(SearchRequest request, CancellationToken cancellation = default);

    /// <summary>
    /// Every value of one facet with its count for the search, as the facet shows them beside the
    /// hits: ignoring the facet's own selection, respecting every other filter. Null when no
    /// article has the facet (an unknown keyword list).
    /// </summary>
    TopFacetValues? FacetValues(SearchRequest request, Facet facet, CancellationToken cancellation = default);

    /// <summary>The request with the facet values its query chose moved to its filters (see <see cref="SearchResults.Ticked"/>).</summary>
    SearchRequest Ticked(SearchRequest request, CancellationToken cancellation = default);

    /// <summary>
    /// The first <paramref name="limit"/> matches of <paramref name="request"/> in its order (one
    /// per story if it asks so), to be read one by one from one snapshot of the archive; the page
    /// and page size are ignored, and the count is never cut short by the time budget.
    /// </summary>
    IResultSet Results(SearchRequest request, int limit, CancellationToken cancellation = default);

    /// <summary>
    /// Each search's matches counted per day, beside the articles of each day that pass its filters
    /// whatever its words (what a period's share is of), all from one snapshot of the archive: what
    /// a chart of coverage needs (<see cref="CoverageBuilder"/>), without hits, facets or advice.
    /// </summary>
    CoverageCounts Coverage(IReadOnlyList<SearchRequest> requests, CancellationToken cancellation = default);

    /// <summary>
    /// The <paramref name="max"/> words most characteristic of the search's matches against the whole
    /// archive (<see cref="Keyness"/>), counted over all of them or, past
    /// <paramref name="read"/>, over that many drawn at random (the first in the random order of
    /// the request's seed, so the same request gives the same words). The query's own words, and
    /// their other forms, are left out: they are what the matches were found by.
    /// </summary>
    TopTerms Terms(SearchRequest request, int max = TopTerms.DefaultTerms, int read = TopTerms.MaxRead, CancellationToken cancellation = default);

    /// <summary>Completions of a query being typed: frequent words that finish its last word, then titles it finds.</summary>
    IReadOnlyList<string> Suggest(string text, int max, CancellationToken cancellation = default);

    /// <summary>
    /// Part <paramref name="part"/> of the article with this id (the whole article unless it is
    /// long), with the words of <paramref name="query"/> marked; null if there is no such article or part.
    /// </summary>
    ArticleView? Article(string id, string? query, bool wordForms = true, int part = 1, CancellationToken cancellation = default);

    /// <summary>Whether an article has this id.</summary>
    bool Contains(string id, CancellationToken cancellation = default);

    /// <summary>
    /// The hits before and after the hit at <paramref name="rank"/> (1-based) of the search's list,
    /// or null when that hit is not <paramref name="id"/> (the link is stale or made up) or lies
    /// deeper than any page goes.
    /// </summary>
    ResultNeighbours? Neighbours(SearchRequest request, int rank, string id, CancellationToken cancellation = default);

    /// <summary>
    /// The story <paramref name="id"/>: its versions, and <paramref name="left"/> and
    /// <paramref name="right"/> (article ids; by default its first two) compared; null if no article has it.
    /// </summary>
    StoryView? Story(StoryId id, string? left = null, string? right = null, CancellationToken cancellation = default);

    /// <summary>The story that story <paramref name="id"/>, which has no article now, was merged into; null for any other id.</summary>
    StoryId? StoryMergedInto(StoryId id, CancellationToken cancellation = default);

    /// <summary>The versions of story <paramref name="id"/>, oldest first (undated last), up to <paramref name="limit"/>, for an export; null if no article has it.</summary>
    IResultSet? StoryResults(StoryId id, int limit, CancellationToken cancellation = default);

    /// <summary>
    /// The articles <paramref name="left"/> and <paramref name="right"/> compared, whatever their
    /// stories; null, with the first of the two ids that no article has in <paramref name="unknown"/>,
    /// when one is not in the archive.
    /// </summary>
    ArticleComparison? CompareArticles(string left, string right, out string? unknown, CancellationToken cancellation = default);
}

/// <summary>
/// Matches read one article at a time for an export, all from one snapshot of the archive held
/// until disposed: the articles, the total and the version all describe the same archive even
/// when the writer commits while a long export is streamed.
/// </summary>
public interface IResultSet : IDisposable
{
    /// <summary>Every matching article, whatever the limit.</summary>
    int Total { get; }

    /// <summary>Distinct stories among the matches.</summary>
    int Stories { get; }

    /// <summary>The articles listed: the limit, or fewer when there are fewer matches (or stories, one per story).</summary>
    int Count { get; }

    /// <summary>The version of the snapshot read: it grows with every commit of the writer.</summary>
    long IndexVersion { get; }

    /// <summary>Articles in the snapshot read.</summary>
    int IndexArticles { get; }

    /// <summary>The articles in order, each read when it is reached; without <paramref name="withText"/> the body is left empty.</summary>
    IEnumerable<ResultSetArticle> Articles(bool withText);
}
