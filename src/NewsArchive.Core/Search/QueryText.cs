using System.Globalization;

namespace NewsArchive.Core.Search;

/// <summary>The bound on what a reader may type as a search, the same for every engine.</summary>
public static class QueryText
{
    public const int MaxLength = 1_000;

    /// <summary>
    /// Distinct words with *, ? or ~ and ranges one query may have (more are refused). Each is
    /// looked up in the terms of every field it searches before the search starts, at a cost the
    /// time budget cannot stop: a fuzzy word took 10–20 ms on the AllSides archive, so thirty held
    /// a request for over a second, and a query of 200 (1,000 characters) for four. Ten cover any
    /// query a reader types.
    /// </summary>
    public const int MaxExpandingWords = 10;

    /// <summary>"a*" would expand to every word starting with a; two letters keep expansions small.</summary>
    public const int MinPrefixLength = 2;

    /// <summary>
    /// Wildcards (* and ?) one word may have. A wildcard word is looked up through an automaton
    /// made deterministic before the search, which has no bound of its own: each ? after a *
    /// doubles its states ("co*a" and fourteen ? took over a minute, twenty would take days), all
    /// on the request's thread. Five cover any word a reader means, at a few dozen states.
    /// </summary>
    public const int MaxWildcards = 5;

    /// <summary>Fuzzy matching of very short words matches almost anything.</summary>
    public const int MinFuzzyLength = 3;

    /// <summary>Why <paramref name="text"/> cannot be searched for its length, or null when it can.</summary>
    public static string? LengthError(string? text) =>
        text?.Length > MaxLength ? string.Create(CultureInfo.InvariantCulture, $"The search is too long: at most {MaxLength:N0} characters.") : null;
}
