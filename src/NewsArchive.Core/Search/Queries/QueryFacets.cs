using System.Text.RegularExpressions;

namespace NewsArchive.Core.Search.Queries;

/// <summary>
/// Reads "list:value" in a query, for a keyword list the archive has (bias:left, topic:immigration),
/// as ticking that value in its facet: the value leaves the query text and joins the request's
/// keyword filters, so the search is the same as the facet's and is explained the same way.
/// Only lists the archive has count: any other "word:" stays text for the parser to read as words.
/// </summary>
public static partial class QueryFacets
{
    /// <summary>
    /// The request with every facet term of its query moved to its filters; the values chosen that
    /// way (the explanation says so) and those excluded (-bias:left), which the query excludes.
    /// </summary>
    /// <param name="lists">The archive's keyword lists, asked for only when the query has a colon.</param>
    public static TypedFacets Apply(SearchRequest request, Func<IKeywordLists> lists)
    {
        if (!request.HasQuery || !request.Query!.Contains(':')) return new TypedFacets(request, [], [], request);
        var archive = lists();
        var found = new List<KeywordFilter>();
        var excluded = new List<KeywordFilter>();
        var rest = FacetTerm().Replace(request.Query, match =>
        {
            if (archive.ListNamed(match.Groups["list"].Value) is not { } list) return match.Value;
            var typed = match.Groups["quoted"].Success ? match.Groups["quoted"].Value : match.Groups["value"].Value;
            (match.Groups["not"].Success ? excluded : found).Add(new KeywordFilter(list, archive.StoredForm(list, typed)));
            return " ";
        });
        if (found.Count == 0 && excluded.Count == 0) return new TypedFacets(request, [], [], request);
        var keywords = request.Keywords.Concat(found).Distinct().ToList();
        // A facet list can show a value chosen but not one excluded: those stay typed.
        var exclusionsOnly = FacetTerm().Replace(request.Query, match =>
            !match.Groups["not"].Success && archive.ListNamed(match.Groups["list"].Value) is not null ? " " : match.Value);
        return new TypedFacets(
            request with { Query = QueryOrNull(rest), Keywords = keywords },
            found,
            excluded,
            request with { Query = QueryOrNull(exclusionsOnly), Keywords = keywords });
    }

    private static string? QueryOrNull(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    // A whole word at the start or after a space, "+" or "-" (not inside a word), a colon, and a
    // quoted value or one up to the next space; a value's final sentence punctuation is not part of it.
    [GeneratedRegex(@"(?<=^|[\s+(])(?<not>-)?(?<list>[\p{L}\p{N}_]+):(?:""(?<quoted>[^""]+)""|(?<value>[^\s""()]+?))(?=[,;.!?)]*(?:\s|$))")]
    private static partial Regex FacetTerm();
}

/// <param name="Request">The request with the query's facet values among its filters and out of its text.</param>
/// <param name="Chosen">Values the query chose (bias:left), now filters.</param>
/// <param name="Excluded">Values the query excluded (-bias:left), for the query to exclude.</param>
/// <param name="Ticked">The request as a reader ticking the chosen values would have made it (see <see cref="SearchResults.Ticked"/>).</param>
public sealed record TypedFacets(SearchRequest Request, IReadOnlyList<KeywordFilter> Chosen, IReadOnlyList<KeywordFilter> Excluded, SearchRequest Ticked);

/// <summary>The keyword lists an archive has, for reading "list:value" in a query as that list's facet.</summary>
public interface IKeywordLists
{
    /// <summary>The list's name as the archive spells it, when it has one so named in any case; otherwise null.</summary>
    string? ListNamed(string typed);

    /// <summary>The value as the list stores it (a reader types "left" for "Left"); the typed form when none matches.</summary>
    string StoredForm(string list, string typed);
}
