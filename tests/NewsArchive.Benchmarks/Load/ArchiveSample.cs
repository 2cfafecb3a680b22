using System.Globalization;
using System.Text.Json;
using NewsArchive.Benchmarks.Speed;

namespace NewsArchive.Benchmarks.Load;

/// <summary>
/// What a load on a running archive can ask for, learnt from the archive itself over its API:
/// an outlet, a few months with articles, a keyword value, and articles and stories to read.
/// Asked over HTTP, so that it needs nothing but the server's address, whatever the corpus.
/// </summary>
/// <param name="Keyword">A keyword filter value, list:value; null when the archive has no keywords.</param>
/// <param name="ReadingPaths">Article and story pages, as paths on the site.</param>
internal sealed record ArchiveSample(string Source, DateWindow Window, string? Keyword, IReadOnlyList<string> ReadingPaths)
{
    private const int Articles = 20;
    private const int Stories = 5;

    public static async Task<ArchiveSample> ReadAsync(HttpClient client, Uri server, CancellationToken cancellation)
    {
        using var everything = await GetJsonAsync(client, new Uri(server, $"/api/search?size={Articles}"), cancellation);
        using var oil = await GetJsonAsync(client, new Uri(server, $"/api/search?q=oil&size={Articles}"), cancellation);
        var facets = everything.RootElement.GetProperty("facets");

        // The speed benchmark's outlet when the archive has it, so that the mixes compare.
        var sources = facets.GetProperty("source").EnumerateArray().Select(f => f.GetProperty("value").GetString()!).ToList();
        var source = sources.Contains(QueryMix.Source) ? QueryMix.Source : sources.FirstOrDefault() ?? QueryMix.Source;

        var keyword = facets.GetProperty("keywords").EnumerateObject()
            .SelectMany(list => list.Value.EnumerateArray().Take(1).Select(top => (List: list.Name, Value: top.GetProperty("value").GetString()!, Count: top.GetProperty("count").GetInt32())))
            .OrderByDescending(k => k.Count)
            .Select(k => $"{k.List}:{k.Value}")
            .FirstOrDefault();

        var hits = everything.RootElement.GetProperty("hits").EnumerateArray().Concat(oil.RootElement.GetProperty("hits").EnumerateArray()).ToList();
        var articles = hits.Select(hit => hit.GetProperty("url").GetString()!).Distinct().Take(Articles);
        var stories = hits
            .Select(hit => hit.TryGetProperty("story", out var story) && story.ValueKind == JsonValueKind.Object ? story.GetProperty("url").GetString() : null)
            .OfType<string>().Distinct().Take(Stories);

        var window = await MiddleMonthsAsync(client, server, facets.GetProperty("date"), cancellation);
        return new ArchiveSample(source, window, keyword, [.. articles, .. stories]);
    }

    /// <summary>
    /// Three months around the median date: searches there find articles in any corpus. The
    /// histogram's bars are years when the dates span decades (the bundled corpus has Reuters'
    /// 1987 and five articles of 2022), so the median bar is searched again, down to months.
    /// </summary>
    private static async Task<DateWindow> MiddleMonthsAsync(HttpClient client, Uri server, JsonElement histogram, CancellationToken cancellation)
    {
        for (var narrower = 0; ; narrower++)
        {
            if (MedianBar(histogram) is not { } bar) return DateWindow.Around(new DateOnly(2000, 1, 1));
            if (bar.To.DayNumber - bar.From.DayNumber < 31 || narrower == 3) return DateWindow.Around(bar.From);
            using var within = await GetJsonAsync(client, new Uri(server, string.Create(CultureInfo.InvariantCulture, $"/api/search?size=1&from={bar.From:yyyy-MM-dd}&to={bar.To:yyyy-MM-dd}")), cancellation);
            histogram = within.RootElement.GetProperty("facets").GetProperty("date").Clone();
        }
    }

    private static (DateOnly From, DateOnly To)? MedianBar(JsonElement histogram)
    {
        var bars = histogram.EnumerateArray().Select(bar => (From: Day(bar, "from"), To: Day(bar, "to"), Count: bar.GetProperty("count").GetInt32())).ToList();
        var half = bars.Sum(bar => bar.Count) / 2;
        var seen = 0;
        foreach (var bar in bars)
        {
            seen += bar.Count;
            if (seen > half) return (bar.From, bar.To);
        }
        return null;
    }

    private static DateOnly Day(JsonElement bar, string name) =>
        DateOnly.ParseExact(bar.GetProperty(name).GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<JsonDocument> GetJsonAsync(HttpClient client, Uri url, CancellationToken cancellation)
    {
        using var response = await client.GetAsync(url, cancellation);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellation));
    }
}
