using AngleSharp.Dom;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>Filtering by source, dates and keywords, and links that keep the whole search.</summary>
[Collection(WebCollection.Name)]
public sealed class SearchFilterTests(ArchiveAppFixture app)
{
    [Fact]
    public async Task SearchPage_WithSourceSelected_ShowsOnlyThatSourcesArticles()
    {
        var page = await app.GetPageAsync("/search?q=cocoa&source=Reuters");

        Assert.Equal(200, page.Status);
        Assert.Equal(ArchiveAppFixture.CocoaCount, page.Total());
        Assert.True(page.SourceFacet()["Reuters"].Checked);
        var filter = Assert.Single(page.All("ul.active-filters li a"));
        Assert.Contains("Source: Reuters", filter.TextContent);
    }

    [Fact]
    public async Task SearchPage_WithSourceSelected_KeepsTheCountsOfOtherSourcesVisible()
    {
        var page = await app.GetPageAsync("/search?source=TDI");

        Assert.Equal(200, page.Status);
        Assert.Equal(1, page.Total());
        Assert.Equal(["seeds/001_e8e74c77bd022465.txt"], page.HitIds());
        var facet = page.SourceFacet();
        Assert.Equal((1, true), facet["TDI"]);
        // The other source still shows what choosing it would add.
        Assert.Equal((ArchiveAppFixture.ReutersCount, false), facet["Reuters"]);
    }

    [Fact]
    public async Task SearchPage_WithTwoSourcesSelected_ShowsArticlesOfEither()
    {
        var page = await app.GetPageAsync("/search?source=TDI&source=Reuters");

        Assert.Equal(ArchiveAppFixture.ReutersCount + 1, page.Total());
        var facet = page.SourceFacet();
        Assert.True(facet["TDI"].Checked && facet["Reuters"].Checked);
        Assert.False(facet["Global Times"].Checked, "a source not chosen stays unticked, with its count");
    }

    [Fact]
    public async Task SearchPage_WithUnknownSource_ShowsNoHits()
    {
        var page = await app.GetPageAsync("/search?q=cocoa&source=Nowhere");

        Assert.Equal(200, page.Status);
        Assert.Equal(0, page.Total());
        Assert.Empty(page.All("ol.hits li.hit"));
        Assert.Contains("No articles match", page.Required(".message.empty").TextContent);
        // The unknown source stays selected, so it can be unticked; the others keep their counts.
        var facet = page.SourceFacet();
        Assert.Equal((0, true), facet["Nowhere"]);
        Assert.Equal((ArchiveAppFixture.CocoaCount, false), facet["Reuters"]);
    }

    [Fact]
    public async Task SearchPage_FromAndTo_NarrowTheResultsToThoseDays()
    {
        var page = await app.GetPageAsync("/search?q=cocoa&from=1987-03-01&to=1987-03-31");

        Assert.Equal(200, page.Status);
        Assert.Equal(53, page.Total());
        Assert.All(page.HitDates(), d => Assert.InRange(d, new DateOnly(1987, 3, 1), new DateOnly(1987, 3, 31)));
        Assert.Equal("1987-03-01", page.Required("aside.facets input[name=from]").GetAttribute("value"));
        Assert.Equal("1987-03-31", page.Required("aside.facets input[name=to]").GetAttribute("value"));
        Assert.Contains(page.All("ul.active-filters li a"), a => a.TextContent.Contains("Dates: 1 March 1987 – 31 March 1987"));
    }

    [Fact]
    public async Task SearchPage_FromOnly_LeavesOutEarlierAndUndatedArticles()
    {
        var page = await app.GetPageAsync("/search?q=Tokayev&from=2022-01-11");

        Assert.Equal(["seeds/004_575892bb0f18c275.txt"], page.HitIds());
    }

    [Fact]
    public async Task SearchPage_SameFromAndTo_IsOneWholeDay()
    {
        var page = await app.GetPageAsync("/search?q=Tokayev&from=2022-01-10&to=2022-01-10");

        Assert.Equal(2, page.Total());
        Assert.All(page.HitDates(), d => Assert.Equal(new DateOnly(2022, 1, 10), d));
    }

    [Fact]
    public async Task SearchPage_EachHistogramLink_ShowsExactlyThatPeriodsArticles()
    {
        var page = await app.GetPageAsync("/search?q=cocoa");
        var rows = page.All("details.histogram-table table tbody tr");
        Assert.NotEmpty(rows);

        foreach (var row in rows)
        {
            var label = row.QuerySelector("td a")!.TextContent.Trim();
            var count = PageExtensions.ParseCount(row.QuerySelectorAll("td")[1]);
            var href = row.QuerySelector("td a")!.GetAttribute("href")!;
            var link = Link.Parse(href);
            Assert.Equal("cocoa", link["q"]);
            Assert.StartsWith(label, link["from"]);
            Assert.StartsWith(label, link["to"]);

            var narrowed = await app.GetPageAsync(href);
            Assert.True(count == narrowed.Total(), $"{label}: the table says {count}, its link finds {narrowed.Total()}");
        }
    }

    [Fact]
    public async Task SearchPage_HistogramBars_LinkToTheirPeriods()
    {
        var page = await app.GetPageAsync("/search?q=cocoa");

        var bars = page.All("figure.histogram svg a");
        Assert.Equal(9, bars.Count);
        var march = Assert.Single(bars, a => a.QuerySelector("title")!.TextContent.StartsWith("1987-03:"));
        var link = Link.Parse(march.GetAttribute("href")!);
        Assert.Equal(("1987-03-01", "1987-03-31"), (link["from"], link["to"]));
        Assert.Equal("1987-03: 53 articles", march.QuerySelector("title")!.TextContent.Trim());
    }

    [Fact]
    public async Task SearchPage_KeywordFacetCheckbox_NarrowsToTheCountItShows()
    {
        var page = await app.GetPageAsync("/search?q=cocoa");
        var topic = page.All("fieldset.keyword-facet ul.facet-values li label")
            .First(label => label.QuerySelector(".facet-label")!.TextContent.Trim() == "cocoa");
        var box = topic.QuerySelector("input[type=checkbox]")!;
        Assert.Equal(("kw", "topics:cocoa", false), (box.GetAttribute("name"), box.GetAttribute("value"), box.HasAttribute("checked")));
        var shown = PageExtensions.ParseCount(topic.QuerySelector(".count")!);

        var narrowed = await app.GetPageAsync("/search?q=cocoa&kw=topics:cocoa");

        Assert.Equal(200, narrowed.Status);
        Assert.Equal(shown, narrowed.Total());
        var selected = narrowed.All("fieldset.keyword-facet ul.facet-values li label").Where(l => l.QuerySelector("input")!.HasAttribute("checked"));
        Assert.Equal("cocoa", Assert.Single(selected).QuerySelector(".facet-label")!.TextContent.Trim());
        Assert.Contains(narrowed.All("ul.active-filters li a"), a => a.TextContent.Contains("topics: cocoa"));
    }

    [Fact]
    public async Task SearchPage_EveryLink_KeepsTheSearchState()
    {
        const string url = "/search?q=cocoa&source=Reuters&kw=places:uk&sort=oldest&size=5";
        var page = await app.GetPageAsync(url);
        Assert.Equal(200, page.Status);

        var links = page.All("main a[href]")
            .Select(a => (Element: a, Link: Link.Parse(a.GetAttribute("href")!)))
            .Where(x => x.Link.Path == "/search" || x.Link.Path.StartsWith("/search/facet/") || x.Link.Path.StartsWith("/articles/"))
            // A hit's other versions are other articles, not results of this search.
            .Where(x => !IsInside(x.Element, ".hit-story"))
            .ToList();
        Assert.NotEmpty(links);
        foreach (var (element, link) in links)
        {
            var where = $"{element.OuterHtml[..Math.Min(200, element.OuterHtml.Length)]}";
            Assert.True(link["q"] == "cocoa", $"q lost in {where}");
            Assert.True(link["size"] == "5", $"size lost in {where}");
            if (!IsInside(element, "ul.active-filters"))
            {
                Assert.True(link["source"] == "Reuters", $"source lost in {where}");
                Assert.True(link.All("kw").Contains("places:uk"), $"kw lost in {where}");
            }
            if (!IsInside(element, "nav.sort"))
                Assert.True(link["sort"] == "oldest", $"sort lost in {where}");
        }
    }

    [Fact]
    public async Task SearchPage_Page2Link_KeepsQueryAndSource()
    {
        var page = await app.GetPageAsync("/search?q=cocoa&source=Reuters");

        var next = Link.Parse(page.Required("nav.pagination a[rel=next]").GetAttribute("href")!);

        Assert.Equal("/search", next.Path);
        Assert.Equal("cocoa", next["q"]);
        Assert.Equal("Reuters", next["source"]);
        Assert.Equal("2", next["page"]);
    }

    [Fact]
    public async Task SearchPage_RemovingAFilter_KeepsTheOtherFilters()
    {
        var page = await app.GetPageAsync("/search?q=cocoa&source=Reuters&from=1987-03-01&to=1987-03-31");

        var removeSource = Link.Parse(page.All("ul.active-filters li a").Single(a => a.TextContent.Contains("Source:")).GetAttribute("href")!);
        Assert.Null(removeSource["source"]);
        Assert.Equal(("cocoa", "1987-03-01", "1987-03-31"), (removeSource["q"], removeSource["from"], removeSource["to"]));

        var removeDates = Link.Parse(page.All("ul.active-filters li a").Single(a => a.TextContent.Contains("Dates:")).GetAttribute("href")!);
        Assert.Null(removeDates["from"]);
        Assert.Equal(("cocoa", "Reuters"), (removeDates["q"], removeDates["source"]));
    }

    [Fact]
    public async Task SearchPage_FilterForm_CarriesQuerySortAndKeywords()
    {
        var page = await app.GetPageAsync("/search?q=cocoa&source=Reuters&kw=places:uk&sort=oldest");

        var form = page.Required("aside.facets form.facet-form");
        Assert.Equal("/search", form.GetAttribute("action"));
        var fields = FormFields(form);
        Assert.Equal(["cocoa"], fields["q"]);
        Assert.Equal(["oldest"], fields["sort"]);
        Assert.Equal(["places:uk"], fields["kw"]);
        Assert.Equal(["Reuters"], fields["source"]);
    }

    /// <summary>Applying a filter is "the current search with one change": the page size is part of it.</summary>
    [Fact]
    public async Task SearchPage_FilterForm_KeepsThePageSize()
    {
        var page = await app.GetPageAsync("/search?q=cocoa&size=5");

        var fields = FormFields(page.Required("aside.facets form.facet-form"));

        Assert.True(fields.ContainsKey("size"), "The filter form has no size field, so applying a filter resets size=5 to 10");
        Assert.Equal(["5"], fields["size"]);
    }

    /// <summary>The fields a browser would submit: hidden and text inputs, and ticked checkboxes.</summary>
    private static Dictionary<string, List<string>> FormFields(IElement form) =>
        form.QuerySelectorAll("input[name]")
            .Where(i => i.GetAttribute("type") != "checkbox" || i.HasAttribute("checked"))
            .Where(i => !string.IsNullOrEmpty(i.GetAttribute("value")))
            .GroupBy(i => i.GetAttribute("name")!)
            .ToDictionary(g => g.Key, g => g.Select(i => i.GetAttribute("value")!).ToList());

    private static bool IsInside(IElement element, string selector) => element.Closest(selector) is not null;
}
