using System.Globalization;
using NewsArchive.Benchmarks.Speed;

namespace NewsArchive.Benchmarks.Load;

/// <summary>A URL of the mix and what it loads: the HTML search page, the JSON API, or a page to read.</summary>
internal sealed record LoadUrl(string Target, Uri Url);

/// <summary>
/// The requests of the load test: the speed benchmark's 30 searches (what readers type, alone,
/// within an outlet, within a few months), a few of them again sorted, paged, one per story,
/// within a keyword and with every filter at once, each through the search page and the API;
/// and article and story pages, as readers open the hits. Shuffled once with a fixed seed, so
/// that the clients, which take the URLs in turn, mix the targets and the run is repeatable.
/// </summary>
internal static class LoadMix
{
    public const string Page = "page";
    public const string Api = "api";
    public const string Read = "read";

    public static readonly IReadOnlyList<string> Targets = [Page, Api, Read];

    /// <summary>A common word, a person's title and no words at all (browsing), for the variations.</summary>
    private static readonly string?[] Varied = ["oil", "president", null];

    public static IReadOnlyList<LoadUrl> For(Uri server, ArchiveSample archive)
    {
        var searches = QueryMix.For(archive.Window, archive.Source).Select(kind => kind.QueryString)
            .Concat(Varied.SelectMany(query => Variations(query, archive)))
            .ToList();
        var urls = searches
            .SelectMany(search => new[] { new LoadUrl(Page, Url(server, "/search", search)), new LoadUrl(Api, Url(server, "/api/search", search)) })
            .Concat(archive.ReadingPaths.Select(path => new LoadUrl(Read, new Uri(server, path))))
            .ToArray();
        new Random(1987).Shuffle(urls);
        return urls;
    }

    private static IEnumerable<string> Variations(string? query, ArchiveSample archive)
    {
        var q = query is null ? "" : "q=" + Uri.EscapeDataString(query) + "&";
        var dates = string.Create(CultureInfo.InvariantCulture, $"from={archive.Window.From:yyyy-MM-dd}&to={archive.Window.To:yyyy-MM-dd}");
        yield return q + "sort=newest";
        yield return q + "sort=oldest";
        yield return q + "page=2";
        yield return q + "page=5&size=20";
        yield return q + "group=story";
        if (archive.Keyword is { } keyword) yield return q + "kw=" + Uri.EscapeDataString(keyword);
        yield return q + $"source={Uri.EscapeDataString(archive.Source)}&{dates}&sort=newest&group=story";
    }

    private static Uri Url(Uri server, string path, string query) => new(server, query.Length > 0 ? path + "?" + query : path);
}
