using System.Text.RegularExpressions;
using Lucene.Net.Search;
using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine.Readers;

namespace NewsArchive.LuceneEngine.Search;

/// <summary>
/// Reads "list:value" in a query, for a keyword list the archive has (bias:left, topic:immigration),
/// as ticking that value in its facet: the value leaves the query text and joins the request's
/// keyword filters, so the search is the same as the facet's and is explained the same way.
/// Only lists the archive has count: any other "word:" stays text for the parser to read as words.
/// </summary>
internal static partial class QueryFacets
{
    /// <summary>
    /// The request with every facet term of its query moved to its filters; the values chosen that
    /// way (the explanation says so) and those excluded (-bias:left), which the query excludes.
    /// </summary>
    public static TypedFacets Apply(SearchRequest request, IndexSearcher searcher)
    {
        if (!request.HasQuery || !request.Query!.Contains(':')) return new TypedFacets(request, [], [], request);
        var facets = ReaderFacets.For(searcher);
        var lists = facets.Facets.Where(f => f.List is not null).ToDictionary(f => f.List!, StringComparer.OrdinalIgnoreCase);
        var found = new List<KeywordFilter>();
        var excluded = new List<KeywordFilter>();
        var rest = FacetTerm().Replace(request.Query, match =>
        {
            if (!lists.TryGetValue(match.Groups["list"].Value, out var facet)) return match.Value;
            var typed = match.Groups["quoted"].Success ? match.Groups["quoted"].Value : match.Groups["value"].Value;
            (match.Groups["not"].Success ? excluded : found).Add(new KeywordFilter(facet.List!, StoredForm(facets.Ordinals(facet), typed)));
            return " ";
        });
        if (found.Count == 0 && excluded.Count == 0) return new TypedFacets(request, [], [], request);
        var keywords = request.Keywords.Concat(found).Distinct().ToList();
        // A facet list can show a value chosen but not one excluded: those stay typed.
        var exclusionsOnly = FacetTerm().Replace(request.Query, match =>
            !match.Groups["not"].Success && lists.ContainsKey(match.Groups["list"].Value) ? " " : match.Value);
        return new TypedFacets(
            request with { Query = QueryOrNull(rest), Keywords = keywords },
            found,
            excluded,
            request with { Query = QueryOrNull(exclusionsOnly), Keywords = keywords });
    }

    private static string? QueryOrNull(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Facet values are stored as the corpus spells them; a reader types "left" for "Left".</summary>
    private static string StoredForm(FacetOrdinals values, string typed)
    {
        if (values.OrdinalsOf(typed).Count > 0) return typed;
        for (var ordinal = 0; ordinal < values.ValueCount; ordinal++)
            if (string.Equals(values.ValueOf(ordinal), typed, StringComparison.OrdinalIgnoreCase)) return values.ValueOf(ordinal);
        return typed;
    }

    // A whole word at the start or after a space, "+" or "-" (not inside a word), a colon, and a
    // quoted value or one up to the next space; a value's final sentence punctuation is not part of it.
    [GeneratedRegex(@"(?<=^|[\s+(])(?<not>-)?(?<list>[\p{L}\p{N}_]+):(?:""(?<quoted>[^""]+)""|(?<value>[^\s""()]+?))(?=[,;.!?)]*(?:\s|$))")]
    private static partial Regex FacetTerm();
}

/// <param name="Request">The request with the query's facet values among its filters and out of its text.</param>
/// <param name="Chosen">Values the query chose (bias:left), now filters.</param>
/// <param name="Excluded">Values the query excluded (-bias:left), for the query to exclude.</param>
/// <param name="Ticked">The request as a reader ticking the chosen values would have made it (see <see cref="SearchResults.Ticked"/>).</param>
internal sealed record TypedFacets(SearchRequest Request, IReadOnlyList<KeywordFilter> Chosen, IReadOnlyList<KeywordFilter> Excluded, SearchRequest Ticked);
