namespace NewsArchive.Core.Search.Coverage;

/// <summary>
/// What an archive counts for a chart of coverage (<see cref="IArchive.Coverage"/>): each
/// search's matches per day, beside the articles of each day its filters let through whatever
/// its words, all from one snapshot of the archive.
/// </summary>
/// <param name="IndexVersion">The version of the snapshot counted: it grows with every commit of the writer.</param>
/// <param name="IndexArticles">Articles in the snapshot counted.</param>
/// <param name="Dated">
/// The first and last days any article of the archive is dated (plausible dates only), whatever
/// the searches; null when none is: a period holding either is only partly counted.
/// </param>
public sealed record CoverageCounts(IReadOnlyList<SeriesCounts> Series, long IndexVersion, int IndexArticles, (DateOnly First, DateOnly Last)? Dated);

/// <summary>One search's counts by day.</summary>
/// <param name="Request">The search as counted: the facet values its query typed (bias:left) moved to its filters.</param>
/// <param name="Total">Every match, dated or not.</param>
/// <param name="Undated">Matches with no known date.</param>
/// <param name="Matches">Matches per day (UTC), days without any left out.</param>
/// <param name="Base">
/// The articles per day that pass <paramref name="Request"/>'s filters, whatever its words: what a
/// period's share is a share of (all of the archive's when it has no filter; center's articles for
/// bias:center). Days without any left out.
/// </param>
/// <param name="Notice">How the query was read when not as typed (a refused prefix, words cut), or null.</param>
public sealed record SeriesCounts(
    SearchRequest Request,
    int Total,
    int Undated,
    IReadOnlyDictionary<DateOnly, int> Matches,
    IReadOnlyDictionary<DateOnly, int> Base,
    string? Notice);
