using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Terms;
using NewsArchive.Web.Infrastructure;

namespace NewsArchive.Web.Terms;

/// <summary>The words most characteristic of a search's matches, with the numbers behind the ranking.</summary>
/// <param name="Query">The search's query as counted (a facet value typed in it moved to its filters).</param>
/// <param name="Total">Every match.</param>
/// <param name="Read">The matches whose words were counted: all of them, or a random sample.</param>
/// <param name="Note">How the words were counted, in a sentence: over all matches, or over a stated random sample.</param>
/// <param name="Terms">Most characteristic first.</param>
/// <param name="Milliseconds">Time the counting took in the archive.</param>
public sealed record TermsResponse(string? Query, int Total, int Read, string Note, IReadOnlyList<TermResponse> Terms, long IndexVersion, int IndexArticles, double Milliseconds)
{
    public static TermsResponse From(TopTerms terms, TimeSpan elapsed) => new(
        terms.Request.Query,
        terms.Total,
        terms.Read,
        TermsNote.Of(terms),
        terms.Terms.Select(term => TermResponse.From(term, terms)).ToList(),
        terms.IndexVersion,
        terms.IndexArticles,
        Math.Round(elapsed.TotalMilliseconds, 2));
}

/// <summary>One characteristic word.</summary>
/// <param name="Matches">Of the matches read, how many hold the word.</param>
/// <param name="MatchesShare">The same as a percentage of the matches read.</param>
/// <param name="Archive">Of all the archive's articles, how many hold it.</param>
/// <param name="ArchiveShare">The same as a percentage of the archive.</param>
/// <param name="Score">Log-likelihood (G²) of the matches using the word more than the archive as a whole: the ranking. Above 10.8, chance would give it less than once in a thousand.</param>
/// <param name="SearchUrl">The search with the word added to its query.</param>
public sealed record TermResponse(string Term, int Matches, double MatchesShare, int Archive, double ArchiveShare, double Score, string SearchUrl)
{
    public static TermResponse From(TermCount term, TopTerms terms) => new(
        term.Term,
        term.Matches,
        Math.Round(terms.MatchesShare(term), 2),
        term.Archive,
        Math.Round(terms.ArchiveShare(term), 4),
        term.Score,
        SearchLinks.Search(TermsNote.Adding(terms.Request, term.Term)));
}

/// <summary>What a list of words says about how it was counted, and the search a word leads to.</summary>
public static class TermsNote
{
    public static string Of(TopTerms terms) => terms.Total == 0 ? "No article matches."
        : terms.Sampled
            ? $"Counted over a random sample of {Display.Count(terms.Read)} of the {Display.Count(terms.Total)} matches (seed {terms.Request.Seed}), against the whole archive."
            : $"Counted over all {Display.Plural(terms.Total, "match", "matches")}, against the whole archive.";

    /// <summary>The search with <paramref name="term"/> added to its query (as a word every match must have).</summary>
    public static SearchRequest Adding(SearchRequest request, string term) => request with
    {
        Query = request.HasQuery ? $"{request.Query} {term}" : term,
        Page = 1,
    };
}
