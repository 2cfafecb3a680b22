namespace NewsArchive.Core.Search.Terms;

/// <summary>
/// A word of the matches' text, with the numbers that rank it: how many of the matches read hold
/// it beside how many of the archive's articles do, and the log-likelihood (G²) that the matches
/// use it more than the archive as a whole by more than chance.
/// </summary>
/// <param name="Matches">Of the matches read, how many hold the word.</param>
/// <param name="Archive">Of all the archive's articles, how many hold it.</param>
/// <param name="Score">Dunning's log-likelihood ratio G² of the two proportions: higher is more characteristic.</param>
public sealed record TermCount(string Term, int Matches, int Archive, double Score);

/// <summary>The words most characteristic of a search's matches, against the whole archive.</summary>
/// <param name="Request">The search, a facet value typed in its query moved to its filters.</param>
/// <param name="Total">Every match.</param>
/// <param name="Read">The matches whose text was read: all of them, or a random sample of <see cref="MaxRead"/> (the search's first in the random order of its seed).</param>
/// <param name="IndexArticles">Articles in the archive read.</param>
public sealed record TopTerms(SearchRequest Request, int Total, int Read, IReadOnlyList<TermCount> Terms, int IndexArticles, long IndexVersion)
{
    /// <summary>
    /// Matches read at most. Reading one is loading and splitting its text (about a quarter of a
    /// millisecond), and past this many the ranking barely moves (measured on AllSides: see the
    /// benchmarks' terms step).
    /// </summary>
    public const int MaxRead = 1_000;

    /// <summary>Words listed at most.</summary>
    public const int MaxTerms = 100;

    /// <summary>Words listed unless asked otherwise.</summary>
    public const int DefaultTerms = 20;

    /// <summary>A word in fewer of the matches read than this is not listed: one article's quirk is not the coverage's.</summary>
    public const int MinMatches = 3;

    /// <summary>Whether the words come from a sample of the matches rather than all of them.</summary>
    public bool Sampled => Read < Total;

    /// <summary>The percentage of the matches read that hold <paramref name="term"/>.</summary>
    public double MatchesShare(TermCount term) => term.Matches * 100.0 / Math.Max(1, Read);

    /// <summary>The percentage of the archive's articles that hold <paramref name="term"/>.</summary>
    public double ArchiveShare(TermCount term) => term.Archive * 100.0 / Math.Max(1, IndexArticles);
}
