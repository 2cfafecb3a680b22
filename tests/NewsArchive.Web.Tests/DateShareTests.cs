using System.Globalization;
using System.Text.Json;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>
/// The date histogram's "Counts | Share" switch: the share of all articles of each period, kept in
/// the URL, shown in the bars and in the table beside the counts, and given by the API.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class DateShareTests(ArchiveAppFixture app)
{
    [Fact]
    public async Task SearchPage_ShowsCountsWithALinkToShares()
    {
        var page = await app.GetPageAsync("/search?q=cocoa&source=Reuters");

        var mode = page.Required("aside.facets nav.histogram-mode");
        Assert.Equal("Counts", mode.QuerySelector("strong[aria-current]")!.TextContent.Trim());
        var share = Link.Parse(mode.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal(("share", "cocoa", "Reuters"), (share["dates"], share["q"], share["source"]));
    }

    [Fact]
    public async Task SearchPage_InShareMode_BarsAndTableShowTheShareOfAllArticles()
    {
        var page = await app.GetPageAsync("/search?q=cocoa&dates=share");
        using var json = JsonDocument.Parse(await (await app.GetAsync("/api/search?q=cocoa")).Content.ReadAsStringAsync());
        var buckets = json.RootElement.GetProperty("facets").GetProperty("date").EnumerateArray()
            .ToDictionary(b => b.GetProperty("bucket").GetString()!, b => (Count: b.GetProperty("count").GetInt32(), All: b.GetProperty("allCount").GetInt32()));

        Assert.Equal("Share", page.Required("nav.histogram-mode strong[aria-current]").TextContent.Trim());
        var march = buckets["1987-03"];
        var title = page.All("figure.histogram svg a title").Single(t => t.TextContent.StartsWith("1987-03:")).TextContent.Trim();
        Assert.Equal($"1987-03: {Percent(march.Count, march.All)} of all articles (53 of {march.All.ToString("N0", CultureInfo.InvariantCulture)})", title);

        var row = page.All("details.histogram-table tbody tr").Single(r => r.QuerySelector("td a")!.TextContent.Trim() == "1987-03");
        var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["1987-03", "53", march.All.ToString("N0", CultureInfo.InvariantCulture), Percent(march.Count, march.All)], cells);

        // The tallest bar is the largest share, not the largest count.
        var heights = page.All("figure.histogram svg rect.bar")
            .Select(r => double.Parse(r.GetAttribute("height")!, CultureInfo.InvariantCulture)).ToList();
        var shares = buckets.Values.Select(b => b.All == 0 ? 0 : b.Count * 100.0 / b.All).ToList();
        Assert.Equal(shares.IndexOf(shares.Max()), heights.IndexOf(heights.Max()));
    }

    [Fact]
    public async Task SearchPage_InShareMode_EveryLinkAndFormKeepsIt()
    {
        var page = await app.GetPageAsync("/search?q=cocoa&kw=places:uk&dates=share");

        var links = page.All("main a[href]")
            .Where(a => a.TextContent.Trim() != "Counts")
            .Select(a => Link.Parse(a.GetAttribute("href")!))
            .Where(l => l.Path.StartsWith("/search"))
            // Feeds and exports have no histogram: the display choice is not theirs to keep.
            .Where(l => l.Path is not ("/search.atom" or "/search.csv" or "/search.jsonl"))
            .ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.Equal("share", link["dates"]));
        Assert.Equal("share", page.Required("form.facet-form input[type=hidden][name=dates]").GetAttribute("value"));
        var counts = page.All("nav.histogram-mode a").Single(a => a.TextContent.Trim() == "Counts");
        Assert.Null(Link.Parse(counts.GetAttribute("href")!)["dates"]);
    }

    [Fact]
    public async Task SearchPage_CountsMode_TableShowsCountAndShareToo()
    {
        var page = await app.GetPageAsync("/search?q=cocoa");

        var headings = page.All("details.histogram-table thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["Month", "Articles", "Of all", "Share"], headings);
        Assert.All(page.All("details.histogram-table tbody tr"), row => Assert.EndsWith("%", row.QuerySelectorAll("td")[3].TextContent.Trim()));
    }

    [Fact]
    public async Task SearchPage_Histogram_HasNoInlineStyles()
    {
        var page = await app.GetPageAsync("/search?q=cocoa&dates=share");

        Assert.Empty(page.All("[style]"));
        Assert.Empty(page.All("style"));
        Assert.All(page.All("figure.histogram rect"), rect => Assert.True(rect.HasAttribute("height")));
    }

    [Fact]
    public async Task SearchPage_UnknownDatesMode_IsABadRequest()
    {
        var page = await app.GetPageAsync("/search?q=cocoa&dates=percent");

        Assert.Equal(400, page.Status);
        Assert.Contains("dates must be counts or share", page.Required(".message.error").TextContent);
    }

    [Fact]
    public async Task Api_DateBuckets_HaveAllCountAndShare()
    {
        using var json = JsonDocument.Parse(await (await app.GetAsync("/api/search?kw=topics:cocoa&dates=share")).Content.ReadAsStringAsync());

        var buckets = json.RootElement.GetProperty("facets").GetProperty("date").EnumerateArray().ToList();
        Assert.NotEmpty(buckets);
        foreach (var bucket in buckets)
        {
            var (count, all) = (bucket.GetProperty("count").GetInt32(), bucket.GetProperty("allCount").GetInt32());
            Assert.InRange(count, 0, all);
            Assert.Equal(all == 0 ? 0 : Math.Round(count * 100.0 / all, 4), bucket.GetProperty("share").GetDouble(), precision: 9);
        }
    }

    [Fact]
    public async Task Api_WithAFilter_EachPeriodsAllCountIsOfTheFilteredArticles()
    {
        var searched = await DateBuckets("/api/search?q=prices&kw=topics:cocoa&source=Reuters&from=1987-03-05");
        var filtered = await DateBuckets("/api/search?kw=topics:cocoa&source=Reuters&from=1987-03-05");

        Assert.NotEmpty(searched);
        Assert.All(searched, bucket => Assert.Equal(filtered.GetValueOrDefault(bucket.Key).Count, bucket.Value.All));
        Assert.Contains(searched.Values, bucket => bucket.Count > 0 && bucket.Count < bucket.All);
    }

    [Fact]
    public async Task SearchPage_InShareMode_WithAFilter_SaysTheShareIsOfTheFilteredArticles()
    {
        var page = await app.GetPageAsync("/search?q=prices&kw=topics:cocoa&dates=share");

        var march = page.All("figure.histogram svg a title").Single(t => t.TextContent.StartsWith("1987-03:")).TextContent.Trim();
        Assert.Equal("1987-03: 53% of the filtered articles (25 of 47)", march);
        Assert.Equal("Of filtered", page.Required("details.histogram-table thead th:nth-child(3)").TextContent.Trim());
    }

    [Fact]
    public async Task SearchPage_InShareMode_PeriodsOfFewArticles_AreHatchedFlaggedAndNeverAPeak()
    {
        // Cocoa articles on prices: February and October 1987 have one cocoa article each, and it
        // matches (100%), against 25 of 47 (53%) in March.
        var buckets = await DateBuckets("/api/search?q=prices&kw=topics:cocoa&dates=share");
        var page = await app.GetPageAsync("/search?q=prices&kw=topics:cocoa&dates=share");

        Assert.Equal(["1987-02", "1987-10"], buckets.Where(b => b.Value.Sparse).Select(b => b.Key).Order());
        Assert.All(buckets.Values.Where(b => b.Sparse), b => Assert.InRange(b.All, 1, 9));
        var bars = page.All("figure.histogram svg a")
            .Select(a => (Label: a.QuerySelector("title")!.TextContent.Trim().Split(':')[0], Bar: a.QuerySelector("rect.bar")!))
            .ToList();
        Assert.Equal(["1987-02", "1987-10"], bars.Where(b => b.Bar.ClassList.Contains("sparse")).Select(b => b.Label));
        var drawn = bars.Where(b => !b.Bar.ClassList.Contains("sparse"))
            .Select(b => (b.Label, Height: double.Parse(b.Bar.GetAttribute("height")!, CultureInfo.InvariantCulture))).ToList();
        Assert.Equal("1987-03", drawn.MaxBy(b => b.Height).Label);
        Assert.Contains("too few", page.All("figure.histogram svg a title").Single(t => t.TextContent.StartsWith("1987-02:")).TextContent);
        var flagged = page.All("details.histogram-table tbody tr.sparse").Select(r => r.QuerySelector("td a")!.TextContent.Trim());
        Assert.Equal(["1987-02", "1987-10"], flagged);
        Assert.Contains("Hatched", page.Required("figure.histogram .histogram-note").TextContent);
    }

    private async Task<Dictionary<string, (int Count, int All, bool Sparse)>> DateBuckets(string url)
    {
        using var json = JsonDocument.Parse(await (await app.GetAsync(url)).Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("facets").GetProperty("date").EnumerateArray().ToDictionary(
            b => b.GetProperty("bucket").GetString()!,
            b => (b.GetProperty("count").GetInt32(), b.GetProperty("allCount").GetInt32(), b.GetProperty("sparse").GetBoolean()));
    }

    private static string Percent(int count, int all)
    {
        var share = count * 100.0 / all;
        return share switch
        {
            >= 10 => share.ToString("F0", CultureInfo.InvariantCulture),
            >= 1 => share.ToString("F1", CultureInfo.InvariantCulture),
            >= 0.01 => share.ToString("F2", CultureInfo.InvariantCulture),
            _ => "<0.01",
        } + "%";
    }
}
