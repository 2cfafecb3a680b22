using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>
/// The page of all a facet's values: reached from "Show all", counted for the same search,
/// narrowed by a filter on the server, and applying the ticked values to the search.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class FacetPageTests(ArchiveAppFixture app)
{
    [Fact]
    public async Task SearchPage_LongKeywordList_ShowsTheTopValuesAndLinksToAll()
    {
        var page = await app.GetPageAsync("/search?q=prices&sort=oldest");
        var topics = Topics(page);

        Assert.Equal(10, topics.QuerySelectorAll("ul.facet-values li").Length);
        var more = topics.QuerySelector(".facet-more a")!;
        var link = Link.Parse(more.GetAttribute("href")!);
        Assert.Equal("/search/facet/kw/topics", link.Path);
        Assert.Equal(("prices", "oldest"), (link["q"], link["sort"]));

        var all = await app.GetPageAsync(more.GetAttribute("href")!);
        var values = Values(all);
        Assert.Matches($@"^Show all {values.Count} values", more.TextContent.Trim());
        Assert.True(values.Count > 10);
        // The first ten are those beside the hits, with the same counts.
        Assert.Equal(Counts(topics), values.Take(10).ToDictionary(v => v.Value, v => v.Count));
    }

    [Fact]
    public async Task FacetPage_EachCount_IsWhatChoosingTheValueFinds()
    {
        var all = await app.GetPageAsync("/search/facet/kw/topics?q=prices&source=Reuters");

        foreach (var (value, count, _) in Values(all).Where((_, i) => i % 7 == 0))
        {
            var narrowed = await app.GetPageAsync($"/search?q=prices&source=Reuters&kw=topics:{Uri.EscapeDataString(value)}");
            Assert.True(count == narrowed.Total(), $"{value}: the list says {count}, choosing it finds {narrowed.Total()}");
        }
    }

    [Fact]
    public async Task FacetPage_Sources_ListsEverySourceWithItsCount()
    {
        var page = await app.GetPageAsync("/search/facet/source");

        Assert.Equal(200, page.Status);
        Assert.Equal(
            [("Reuters", ArchiveAppFixture.ReutersCount, false), ("Global Times", 1, false), ("TDI", 1, false)],
            Values(page));
        Assert.All(page.All("#facet-all-values input"), box => Assert.Equal("source", box.GetAttribute("name")));
    }

    [Fact]
    public async Task FacetPage_ValueChosen_CountsAsIfItWereNot()
    {
        var chosen = await app.GetPageAsync("/search/facet/kw/topics?q=prices&kw=topics:cocoa");
        var unchosen = await app.GetPageAsync("/search/facet/kw/topics?q=prices");

        Assert.Equal(Values(unchosen).Select(v => (v.Value, v.Count)), Values(chosen).Select(v => (v.Value, v.Count)));
        Assert.Equal(["cocoa"], Values(chosen).Where(v => v.Checked).Select(v => v.Value));
    }

    [Fact]
    public async Task FacetPage_WithFilter_ListsOnlyMatchingValues()
    {
        var all = Values(await app.GetPageAsync("/search/facet/kw/places"));

        var page = await app.GetPageAsync("/search/facet/kw/places?filter=GERMANY");

        var shown = Values(page);
        Assert.Equal(all.Where(v => v.Value.Contains("germany", StringComparison.OrdinalIgnoreCase)), shown);
        Assert.InRange(shown.Count, 1, all.Count - 1);
        Assert.Equal("GERMANY", page.Required("input#facet-filter").GetAttribute("value"));
        Assert.Contains($"{shown.Count} of {all.Count} contain", page.Required(".facet-filter-status").TextContent);
        Assert.Equal("/search/facet/kw/places", Link.Parse(page.Required(".facet-filter-status a").GetAttribute("href")!).Path);
    }

    [Fact]
    public async Task FacetPage_FilterForm_KeepsTheSearch()
    {
        var page = await app.GetPageAsync("/search/facet/kw/places?q=prices&source=Reuters&kw=topics:cocoa&size=5&dates=share");

        var form = page.Required("form.facet-filter");
        Assert.Equal("/search/facet/kw/places", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        var fields = Fields(form);
        Assert.Equal(["prices"], fields["q"]);
        Assert.Equal(["Reuters"], fields["source"]);
        Assert.Equal(["topics:cocoa"], fields["kw"]);
        Assert.Equal(["5"], fields["size"]);
        Assert.Equal(["share"], fields["dates"]);
        Assert.Equal("filter", form.QuerySelector("input[type=search]")!.GetAttribute("name"));
    }

    [Fact]
    public async Task FacetPage_ApplyForm_ChoosesTheTickedValuesAndKeepsTheRest()
    {
        // cocoa is chosen but filtered out of view: applying must not lose it.
        var page = await app.GetPageAsync("/search/facet/kw/topics?q=prices&kw=topics:cocoa&kw=places:usa&filter=cof");

        var form = page.Required("form.facet-all-form");
        Assert.Equal("/search", form.GetAttribute("action"));
        var hidden = Fields(form);
        Assert.Equal(["prices"], hidden["q"]);
        Assert.Equal(["places:usa", "topics:cocoa"], hidden["kw"].Order());
        var coffee = Assert.Single(Values(page), v => v.Value == "coffee");
        Assert.False(coffee.Checked);
        Assert.NotNull(page.One("form.facet-all-form button[type=submit]"));
    }

    [Theory]
    [InlineData("/search/facet/kw/no-such-list")]
    [InlineData("/search/facet/places")]
    [InlineData("/search/facet/source/extra")]
    public async Task FacetPage_UnknownFacet_IsNotFound(string url)
    {
        var page = await app.GetPageAsync(url);

        Assert.Equal(404, page.Status);
    }

    [Fact]
    public async Task FacetPage_BadParameter_SaysWhich()
    {
        var page = await app.GetPageAsync("/search/facet/source?from=yesterday");

        Assert.Equal(400, page.Status);
        Assert.Contains("from", page.Required(".message.error").TextContent);
    }

    private static AngleSharp.Dom.IElement Topics(Page page) =>
        page.All("aside.facets fieldset.keyword-facet").Single(f => f.QuerySelector("legend")!.TextContent.Trim() == "Topics");

    private static Dictionary<string, int> Counts(AngleSharp.Dom.IElement facet) =>
        facet.QuerySelectorAll("ul.facet-values li label")
            .ToDictionary(l => l.QuerySelector(".facet-label")!.TextContent.Trim(), l => PageExtensions.ParseCount(l.QuerySelector(".count")!));

    private static List<(string Value, int Count, bool Checked)> Values(Page page) =>
        page.All("#facet-all-values li label")
            .Select(l => (l.QuerySelector(".facet-label")!.TextContent.Trim(), PageExtensions.ParseCount(l.QuerySelector(".count")!),
                l.QuerySelector("input")!.HasAttribute("checked")))
            .ToList();

    /// <summary>The hidden fields of a form, by name.</summary>
    private static Dictionary<string, List<string>> Fields(AngleSharp.Dom.IElement form) =>
        form.QuerySelectorAll("input[type=hidden]")
            .GroupBy(i => i.GetAttribute("name")!)
            .ToDictionary(g => g.Key, g => g.Select(i => i.GetAttribute("value")!).ToList());
}
