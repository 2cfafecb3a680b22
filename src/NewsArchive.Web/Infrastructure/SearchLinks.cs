using System.Globalization;
using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Counting;

namespace NewsArchive.Web.Infrastructure;

/// <summary>
/// Writes a search back into a URL. All state lives in the URL, so every result page, filter
/// and sort is a permalink, and every link on the page is the current search with one change.
/// </summary>
public static class SearchLinks
{
    public static string Search(SearchRequest request) => "/search" + QueryString(request);

    /// <summary>The view data key of the search a results page shows, for the header's box to search within.</summary>
    public const string WithinKey = "SearchWithin";

    public static string Api(SearchRequest request) => "/api/search" + QueryString(request);

    /// <summary>The search's Atom feed: its matches, newest to the archive first (so paging, sorting and display choices do not apply).</summary>
    public static string Feed(SearchRequest request) =>
        "/search.atom" + QueryString(request with { Page = 1, PageSize = SearchRequestReader.DefaultPageSize, Sort = null, DateShares = false });

    /// <summary>The search's matches as a file (<paramref name="extension"/> csv or jsonl), in its order, every page.</summary>
    public static string Export(SearchRequest request, string extension, bool withText = false)
    {
        var query = QueryString(request with { Page = 1, PageSize = SearchRequestReader.DefaultPageSize, DateShares = false });
        return "/search." + extension + (withText ? query.Add("text", "1") : query);
    }

    /// <summary>
    /// The article, carrying the search it was reached from so it can mark words and lead back,
    /// and the hit's 1-based <paramref name="rank"/> in that search's results so it can lead on to
    /// the next one. With a query, it opens at the first match.
    /// </summary>
    public static string Article(string id, SearchRequest? from, int? rank = null)
    {
        var path = "/articles/" + PathSegments(id);
        if (from is null) return path;
        var query = QueryString(from);
        if (rank is { } r) query = query.Add(ArticleRank.Parameter, r.ToString(CultureInfo.InvariantCulture));
        return path + query + (from.HasQuery ? "#" + NumberedMatches.Id(1) : "");
    }

    public static SearchRequest WithSource(this SearchRequest request, string source, bool selected) => request with
    {
        Sources = selected
            ? request.Sources.Append(source).Distinct(StringComparer.OrdinalIgnoreCase).ToList()
            : request.Sources.Where(s => !string.Equals(s, source, StringComparison.OrdinalIgnoreCase)).ToList(),
        Page = 1,
    };

    public static SearchRequest WithKeyword(this SearchRequest request, KeywordFilter keyword, bool selected) => request with
    {
        Keywords = selected
            ? request.Keywords.Append(keyword).Distinct().ToList()
            : request.Keywords.Where(k => k != keyword).ToList(),
        Page = 1,
    };

    public static SearchRequest WithDates(this SearchRequest request, DateOnly? from, DateOnly? to) =>
        request with { From = from, To = to, Page = 1 };

    /// <summary>The page that lists every value of a facet with its count, for the same search.</summary>
    public static string FacetPage(SearchRequest request, Facet facet) =>
        (facet.List is null ? "/search/facet/source" : "/search/facet/kw/" + PathSegments(facet.List))
        + QueryString(request with { Page = 1 });

    public static QueryString QueryString(SearchRequest request) => Microsoft.AspNetCore.Http.QueryString.Create(Parameters(request));

    /// <summary>The search as URL parameters, in URL order; forms repeat them as hidden fields.</summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> Parameters(SearchRequest request)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (request.HasQuery) pairs.Add(new("q", request.Query));
        pairs.AddRange(request.Sources.Select(s => new KeyValuePair<string, string?>("source", s)));
        if (request.From is { } from) pairs.Add(new("from", Day(from)));
        if (request.To is { } to) pairs.Add(new("to", Day(to)));
        pairs.AddRange(request.Keywords.Select(k => new KeyValuePair<string, string?>("kw", $"{k.List}:{k.Value}")));
        if (request.ExactWords) pairs.Add(new("exact", "1"));
        if (request.AsTyped) pairs.Add(new("astyped", "1"));
        if (request.Sort is { } sort) pairs.Add(new("sort", sort.ToString().ToLowerInvariant()));
        if (request.Sort == SearchSort.Random) pairs.Add(new("seed", request.Seed.ToString(CultureInfo.InvariantCulture)));
        if (request.OnePerStory) pairs.Add(new("group", "story"));
        if (request.Page > 1) pairs.Add(new("page", request.Page.ToString(CultureInfo.InvariantCulture)));
        if (request.PageSize != SearchRequestReader.DefaultPageSize) pairs.Add(new("size", request.PageSize.ToString(CultureInfo.InvariantCulture)));
        if (request.DateShares) pairs.Add(new("dates", "share"));
        return pairs;
    }

    /// <summary>The story's page (its permalink), comparing <paramref name="left"/> with <paramref name="right"/> when given.</summary>
    public static string Story(NewsArchive.Core.Stories.StoryId story, string? left = null, string? right = null)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (left is not null) pairs.Add(new("a", left));
        if (right is not null) pairs.Add(new("b", right));
        return $"/stories/{story}" + Microsoft.AspNetCore.Http.QueryString.Create(pairs);
    }

    /// <summary>The story's versions as a file (<paramref name="extension"/> csv or jsonl), oldest first, with the search exports' header.</summary>
    public static string StoryExport(NewsArchive.Core.Stories.StoryId story, string extension) => $"/stories/{story}.{extension}";

    /// <summary>The page comparing any two articles: <paramref name="left"/> with <paramref name="right"/>.</summary>
    public static string CompareArticles(string left, string right) =>
        "/articles/compare" + Microsoft.AspNetCore.Http.QueryString.Create([new KeyValuePair<string, string?>("a", left), new("b", right)]);

    /// <summary>The ViewData key of the article a list of other articles offers to compare each with (<c>_VersionList</c>).</summary>
    public const string CompareWithKey = "CompareWith";

    /// <summary>
    /// A name that may hold slashes (an article id, a keyword list), as the end of a path: each
    /// part escaped, the slashes kept. An escaped slash (%2F) is never decoded in a request's
    /// path, so it would reach the page as the three characters, and the name would not be found.
    /// </summary>
    private static string PathSegments(string name) => string.Join('/', name.Split('/').Select(Uri.EscapeDataString));

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
