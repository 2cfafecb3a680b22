using NewsArchive.Core.Search;

namespace NewsArchive.LuceneEngine.Search.Highlighting;

/// <summary>
/// What the snippets of one page of hits may still analyse: so many characters of each article
/// (its opening), so many of all of them together, and no more once the search's deadline has
/// passed or its reader has gone. A snippet past the budget shows its article's opening unmarked.
/// </summary>
internal sealed class SnippetBudget(SearchBounds bounds, SearchDeadline deadline)
{
    private int characters = bounds.SnippetCharactersPerRequest;

    public CancellationToken Token => deadline.Token;

    /// <summary>Matches a snippet chooses its passages among.</summary>
    public int Matches => bounds.SnippetMatches;

    /// <summary>Whether some snippet was left unmarked because the time budget ran out.</summary>
    public bool TimedOut { get; private set; }

    /// <summary>
    /// How many characters from the start of a text of <paramref name="length"/> may be analysed,
    /// taken from what the page has left; 0 when nothing may.
    /// </summary>
    public int Take(int length)
    {
        Token.ThrowIfCancellationRequested();
        var allowed = Math.Min(Math.Min(length, bounds.SnippetCharacters), characters);
        characters -= allowed;
        return allowed;
    }

    /// <summary>
    /// Whether a cancellation is the time budget's (the snippet shows the opening, and the page
    /// says so) rather than the reader's leaving (nothing more to do).
    /// </summary>
    public bool RanOutOfTime()
    {
        TimedOut |= deadline.Passed;
        return deadline.Passed;
    }
}
