using System.Globalization;
using NewsArchive.Core.Search;

namespace NewsArchive.Benchmarks.Speed;

/// <summary>One kind of search in the mix: what is typed (<see cref="Group"/>) and which filter is set.</summary>
internal sealed record QueryKind(string Name, string Group, string Filter, SearchRequest Request)
{
    /// <summary>The same search as the web app's URL parameters, for /search and /api/search.</summary>
    public string QueryString
    {
        get
        {
            var parameters = new List<string>();
            if (Request.Query is { } q) parameters.Add("q=" + Uri.EscapeDataString(q));
            parameters.AddRange(Request.Sources.Select(source => "source=" + Uri.EscapeDataString(source)));
            if (Request.From is { } from) parameters.Add("from=" + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (Request.To is { } to) parameters.Add("to=" + to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            return string.Join('&', parameters);
        }
    }
}

/// <summary>
/// The searches the speed benchmark times, the same for every size: what readers type (one word,
/// two words, a phrase, a prefix, a word in every article, a rare word, nothing at all to browse),
/// each alone, within one source and within a few months. Fixed, so that runs compare.
/// </summary>
internal static class QueryMix
{
    public const string NoFilter = "none";
    public const string SourceFilter = "source";
    public const string DateFilter = "dates";

    /// <summary>The source filtered on; Reuters stories are in every corpus the benchmark builds.</summary>
    public const string Source = "Reuters";

    private static readonly (string Group, string? Query)[] Typed =
    [
        ("word", "oil"),
        ("word", "bank"),
        ("word", "president"),
        ("two words", "oil prices"),
        ("two words", "trade deficit"),
        ("phrase", "\"interest rates\""),
        ("prefix", "export*"),
        // In nearly every article: the most postings to read, the worst case for ranking and facets.
        ("common word", "the"),
        // In a few hundred Reuters stories and a handful of others.
        ("rare word", "zinc"),
        ("browse", null),
    ];

    /// <param name="source">The outlet of the source filter: <see cref="Source"/> unless a corpus lacks it.</param>
    public static IReadOnlyList<QueryKind> For(DateWindow window, string source = Source) =>
    [
        .. Typed.SelectMany(typed => new[]
        {
            Kind(typed.Group, typed.Query, NoFilter, new SearchRequest { Query = typed.Query }),
            Kind(typed.Group, typed.Query, SourceFilter, new SearchRequest { Query = typed.Query, Sources = [source] }),
            Kind(typed.Group, typed.Query, DateFilter, new SearchRequest { Query = typed.Query, From = window.From, To = window.To }),
        }),
    ];

    private static QueryKind Kind(string group, string? query, string filter, SearchRequest request) =>
        new((query ?? "(browse)") + (filter == NoFilter ? "" : " +" + filter), group, filter, request);
}
