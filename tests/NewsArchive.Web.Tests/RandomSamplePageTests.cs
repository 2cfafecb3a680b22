using System.Text.Json;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>A random sample of a search's matches from the results page: a link with a seed of its own, a permalink, another sample, and the seed in exports.</summary>
[Collection(WebCollection.Name)]
public sealed class RandomSamplePageTests(ArchiveAppFixture app)
{
    [Fact]
    public async Task TheSortLinks_OfferARandomSample_WithASeed()
    {
        var page = await app.GetPageAsync("/search?q=cocoa");

        var link = page.All("nav.sort a").Single(a => a.TextContent.Trim() == "Random sample");
        var target = Link.Parse(link.GetAttribute("href")!);

        Assert.Equal(("random", "cocoa"), (target["sort"], target["q"]));
        Assert.True(int.TryParse(target["seed"], out var seed) && seed > 0, $"seed {target["seed"]}");
    }

    [Fact]
    public async Task ASample_IsAPermalink_AndOffersAnother()
    {
        var url = "/search?q=cocoa&sort=random&seed=1234";
        var first = await app.GetPageAsync(url);
        var again = await app.GetPageAsync(url);

        Assert.Equal(first.HitIds(), again.HitIds());
        Assert.Equal("Random sample", first.Required("nav.sort strong[aria-current]").TextContent.Trim());
        Assert.Contains("seed 1234", first.Required("nav.sort .sample").TextContent);
        var another = Link.Parse(first.Required("nav.sort .sample a").GetAttribute("href")!);
        Assert.Equal("random", another["sort"]);
        Assert.NotEqual("1234", another["seed"]);
        // Paging and the article links keep the seed, so the next page goes on with the same sample.
        var next = Link.Parse(first.All("nav.pagination a").First(a => a.TextContent.Contains("Next")).GetAttribute("href")!);
        Assert.Equal(("random", "1234", "2"), (next["sort"], next["seed"], next["page"]));
        var total = first.Total();
        var relevance = await app.GetPageAsync("/search?q=cocoa");
        Assert.Equal(relevance.Total(), total);
        Assert.NotEqual(relevance.HitIds(), first.HitIds());
    }

    [Fact]
    public async Task TheApiAndTheExports_DrawTheSameSample_AndTheExportSaysItsSeed()
    {
        using var api = JsonDocument.Parse(await app.Client.GetStringAsync("/api/search?q=cocoa&sort=random&seed=77&size=20"));
        var ids = api.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToList();

        var lines = (await app.Client.GetStringAsync("/search.jsonl?q=cocoa&sort=random&seed=77&limit=20")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var header = JsonDocument.Parse(lines[0]);

        Assert.Equal(("random", 77), (header.RootElement.GetProperty("sort").GetString(), header.RootElement.GetProperty("seed").GetInt32()));
        Assert.Equal(ids, lines.Skip(1).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
        var csv = await app.Client.GetStringAsync("/search.csv?q=cocoa&sort=random&seed=77&limit=20");
        Assert.Contains("# seed: 77", csv);
    }

    [Theory]
    [InlineData("seed=-1")]
    [InlineData("seed=abc")]
    [InlineData("seed=99999999999")]
    public async Task ABadSeed_Is400NamingIt(string seed)
    {
        var page = await app.GetPageAsync("/search?q=cocoa&sort=random&" + seed);

        Assert.Equal(400, page.Status);
        Assert.Equal("seed", page.Required("main .message.error strong").TextContent.Trim());
    }
}
