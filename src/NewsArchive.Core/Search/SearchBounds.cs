namespace NewsArchive.Core.Search;

/// <summary>
/// The most work one search or article view may do, whatever the archive holds: a request is
/// bounded by its own size, and these bound what it makes the archive do (one huge article of
/// distinct words would otherwise make a prefix search highlight for minutes). Bound from the
/// "NewsArchive:Search" configuration section.
/// </summary>
public sealed record SearchBounds
{
    /// <summary>
    /// How long a search may count and highlight before it answers with what it has, saying so:
    /// hits and counts of the articles it reached, snippets left unmarked.
    /// </summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Characters of an article searched for a hit's snippet, from its start: an ordinary article
    /// is read whole, a huge one has its snippet from its opening.
    /// </summary>
    public int SnippetCharacters { get; init; } = 50_000;

    /// <summary>Characters all the snippets of one page of hits may analyse together; past it, hits show their opening unmarked.</summary>
    public int SnippetCharactersPerRequest { get; init; } = 1_000_000;

    /// <summary>
    /// Matches a snippet chooses its passages among (the first ones of the text): choosing is
    /// quadratic in them, and a few hundred show every word the reader asked for.
    /// </summary>
    public int SnippetMatches { get; init; } = 500;

    /// <summary>
    /// Characters of an article one page shows, about: a longer article is shown in parts of this
    /// size, cut between paragraphs (or, in a paragraph longer than a part, between words).
    /// </summary>
    public int ArticlePartCharacters { get; init; } = 100_000;

    public static SearchBounds Default { get; } = new();
}
