using System.Net;
using System.Text.Json;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>
/// Ticking several values: within a facet any of them, across facets all of them; each facet's
/// counts as if its own ticks were off; every active filter removable on its own in one click.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class MultiSelectFilterTests(ArchiveAppFixture app)
{
    [Fact]
    public async Task SearchPage_TwoTopicsChosen_FindsTheUnionOfEach()
    {
        var cocoa = await AllIds("/api/search?kw=topics:cocoa");
        var coffee = await AllIds("/api/search?kw=topics:coffee");

        var either = await AllIds("/api/search?kw=topics:cocoa&kw=topics:coffee");
        var page = await app.GetPageAsync("/search?kw=topics:cocoa&kw=topics:coffee");

        Assert.Equal(cocoa.Union(coffee).Order(), either.Order());
        Assert.Equal(either.Count, page.Total());
        Assert.Equal(["topics:cocoa", "topics:coffee"], CheckedValues(page, "kw").Order());
    }

    [Fact]
    public async Task SearchPage_TopicChosen_TopicCountsAreThoseWithoutIt()
    {
        var without = await app.GetPageAsync("/search?q=prices");
        var with = await app.GetPageAsync("/search?q=prices&kw=topics:cocoa");

        // The same most frequent topics with the same counts; cocoa, if not among them, follows them.
        var before = FacetCounts(without, "Topics");
        var after = FacetCounts(with, "Topics");
        Assert.Equal(before, after.Where(pair => before.ContainsKey(pair.Key)).ToDictionary());
        Assert.Equal(["cocoa"], after.Keys.Except(before.Keys).Concat(before.ContainsKey("cocoa") ? ["cocoa"] : []));
        Assert.Equal(with.Total(), after["cocoa"]);
        // Other facets count only the articles the chosen topic lets through.
        Assert.Equal(with.Total(), with.SourceFacet()["Reuters"].Count);
        Assert.True(with.Total() < without.Total());
    }

    [Fact]
    public async Task SearchPage_TopicsAndSourceChosen_AllFacetsApply()
    {
        var page = await app.GetPageAsync("/search?kw=topics:cocoa&kw=topics:coffee&source=TDI");

        Assert.Equal(0, page.Total());
        // Reuters shows what it would add: every cocoa or coffee story.
        Assert.Equal((await AllIds("/api/search?kw=topics:cocoa&kw=topics:coffee")).Count, page.SourceFacet()["Reuters"].Count);
    }

    [Fact]
    public async Task ActiveFilters_EachChipRemovesOnlyItself()
    {
        const string url = "/search?q=prices&source=Reuters&source=TDI&from=1987-03-01&to=1987-04-30&kw=topics:cocoa&kw=topics:coffee&kw=places:uk&dates=share";
        var page = await app.GetPageAsync(url);
        var current = Link.Parse(url);

        var chips = page.All("ul.active-filters li:not(.clear) a");
        Assert.Equal(6, chips.Count);
        foreach (var chip in chips)
        {
            var link = Link.Parse(chip.GetAttribute("href")!);
            var removed = Removed(current, link);
            var label = chip.GetAttribute("aria-label")!;
            Assert.True(removed.Count is 1 or 2, $"{label} removes {string.Join(", ", removed)}");
            if (removed.Count == 2) Assert.Equal(["from=1987-03-01", "to=1987-04-30"], removed.Order());
            else
            {
                // "kw=topics:cocoa" is labelled "topics cocoa"; "source=TDI", "source TDI".
                var value = removed[0].Split('=', 2)[1];
                Assert.EndsWith(value[(value.IndexOf(':') + 1)..], label);
            }
            Assert.Equal(("prices", "share"), (link["q"], link["dates"]));
        }
        var clear = Link.Parse(page.Required("ul.active-filters li.clear a").GetAttribute("href")!);
        Assert.Equal(("prices", "share", null, null, null), (clear["q"], clear["dates"], clear["source"], clear["kw"], clear["from"]));
    }

    [Fact]
    public async Task SearchPage_ActiveFilters_AreListedAboveTheHits()
    {
        var page = await app.GetPageAsync("/search?q=prices&kw=topics:cocoa&kw=topics:coffee");

        var chips = page.Html.IndexOf("class=\"active-filters\"", StringComparison.Ordinal);
        var hits = page.Html.IndexOf("class=\"hits\"", StringComparison.Ordinal);
        Assert.InRange(chips, 0, hits);
        Assert.Equal(["topics: cocoa", "topics: coffee"], page.All("ul.active-filters li:not(.clear) a").Select(a => a.TextContent.Replace("×", "").Trim()));
    }

    [Fact]
    public async Task SearchPage_KeywordFacets_AreCheckboxesInTheFilterForm()
    {
        var page = await app.GetPageAsync("/search?q=cocoa&kw=places:uk");

        var form = page.Required("aside.facets form.facet-form");
        var boxes = form.QuerySelectorAll("fieldset.keyword-facet input[type=checkbox][name=kw]");
        Assert.NotEmpty(boxes);
        Assert.All(boxes, box => Assert.True(box.HasAttribute("data-autosubmit")));
        Assert.Equal(["places:uk"], CheckedValues(page, "kw"));
        // The choice is carried by its checkbox alone, so unticking it removes it.
        Assert.Empty(form.QuerySelectorAll("input[type=hidden][name=kw]"));
    }

    private static List<string> Removed(Link before, Link after) =>
        before.Query.SelectMany(p => p.Value.Select(v => $"{p.Key}={v}"))
            .Except(after.Query.SelectMany(p => p.Value.Select(v => $"{p.Key}={v}")))
            .ToList();

    private static List<string> CheckedValues(Page page, string name) =>
        page.All($"aside.facets input[type=checkbox][name={name}][checked]").Select(i => i.GetAttribute("value")!).ToList();

    private static Dictionary<string, int> FacetCounts(Page page, string legend) =>
        page.All("aside.facets fieldset.facet")
            .Single(f => f.QuerySelector("legend")?.TextContent.Trim() == legend)
            .QuerySelectorAll("ul.facet-values li label")
            .ToDictionary(l => l.QuerySelector(".facet-label")!.TextContent.Trim(), l => PageExtensions.ParseCount(l.QuerySelector(".count")!));

    /// <summary>The ids of every hit of an API search, page by page.</summary>
    private async Task<List<string>> AllIds(string url)
    {
        var ids = new List<string>();
        for (var page = 1; ; page++)
        {
            var response = await app.GetAsync($"{url}&size=100&page={page}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var hits = json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();
            ids.AddRange(hits);
            if (ids.Count >= json.RootElement.GetProperty("total").GetInt32() || hits.Count == 0) return ids;
        }
    }
}
