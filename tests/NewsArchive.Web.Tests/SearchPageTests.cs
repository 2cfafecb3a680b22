using System.Globalization;
using System.Text.RegularExpressions;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>The search page: results, total and time, snippets, facets, sorting and paging.</summary>
[Collection(WebCollection.Name)]
public sealed class SearchPageTests(ArchiveAppFixture app)
{
    [Fact]
    public async Task SearchPage_ForTokayev_ListsExactlyTheFiveSeedArticles()
    {
        var page = await app.GetPageAsync("/search?q=Tokayev");

        Assert.Equal(200, page.Status);
        Assert.Equal(5, page.Total());
        Assert.Equal(ArchiveAppFixture.SeedIds.Order(), page.HitIds().Order());
    }

    [Fact]
    public async Task SearchPage_ForCocoa_ListsReutersStories()
    {
        var page = await app.GetPageAsync("/search?q=cocoa");

        Assert.Equal(200, page.Status);
        Assert.Equal(ArchiveAppFixture.CocoaCount, page.Total());
        Assert.Equal(10, page.HitIds().Count);
        Assert.All(page.HitIds(), id => Assert.Matches(@"^reuters-\d+$", id));
        Assert.All(page.All("ol.hits li.hit .meta .source"), s => Assert.Equal("Reuters", s.TextContent.Trim()));
    }

    [Fact]
    public async Task SearchPage_ShowsTheTotalAndTheTimeTaken()
    {
        var page = await app.GetPageAsync("/search?q=cocoa");

        var heading = page.Required("#results-heading").TextContent;
        Assert.Equal("129 articles for cocoa", Regex.Replace(heading, @"\s+", " ").Trim());
        Assert.Equal("cocoa", page.Required("#results-heading q").TextContent);
        Assert.Matches(@"^\d+ ms$", page.Required(".results-header .timing").TextContent.Trim());
    }

    [Fact]
    public async Task SearchPage_Snippets_MarkTheQueryWord()
    {
        var page = await app.GetPageAsync("/search?q=cocoa");

        var snippets = page.All("ol.hits li.hit .snippet");
        Assert.Equal(10, snippets.Count);
        Assert.All(snippets, snippet =>
        {
            var marks = snippet.QuerySelectorAll("mark");
            Assert.NotEmpty(marks);
            // Other forms of the word match too (cocoas), and are marked where they matched.
            Assert.All(marks, mark => Assert.Matches("^(?i)cocoa(s|'s)?$", mark.TextContent));
        });
    }

    [Fact]
    public async Task SearchPage_ForCocoa_ShowsSourceFacetWithReutersAndItsCount()
    {
        var page = await app.GetPageAsync("/search?q=cocoa");

        var facet = page.SourceFacet();
        var reuters = Assert.Single(facet);
        Assert.Equal("Reuters", reuters.Key);
        Assert.Equal(ArchiveAppFixture.CocoaCount, reuters.Value.Count);
        Assert.False(reuters.Value.Checked);
    }

    [Fact]
    public async Task SearchPage_ForCocoa_ShowsDateHistogramAsBarsAndATableOfCounts()
    {
        var page = await app.GetPageAsync("/search?q=cocoa");

        var svg = page.Required("aside.facets figure.histogram svg");
        var bars = svg.QuerySelectorAll("rect.bar");
        // Reuters-21578 runs from February to October 1987: one bar a month.
        Assert.Equal(9, bars.Length);
        Assert.All(bars, bar => Assert.True(double.Parse(bar.GetAttribute("height")!, CultureInfo.InvariantCulture) >= 0));

        var rows = page.All("details.histogram-table table tbody tr");
        Assert.NotEmpty(rows);
        var counts = rows.ToDictionary(
            row => row.QuerySelector("td a")!.TextContent.Trim(),
            row => PageExtensions.ParseCount(row.QuerySelectorAll("td")[1]));
        Assert.All(counts.Keys, label => Assert.Matches(@"^1987-(0[2-9]|10)$", label));
        Assert.Equal(53, counts["1987-03"]);
        // Every cocoa story is dated, so the months add up to the total.
        Assert.Null(page.One("aside.facets .undated"));
        Assert.Equal(ArchiveAppFixture.CocoaCount, counts.Values.Sum());
    }

    [Fact]
    public async Task SearchPage_ForCocoa_ShowsKeywordFacets()
    {
        var page = await app.GetPageAsync("/search?q=cocoa");

        var topics = Assert.Single(page.All("aside.facets fieldset.keyword-facet"), s => s.QuerySelector("legend")?.TextContent.Trim() == "Topics");
        var values = topics.QuerySelectorAll("ul.facet-values li label");
        Assert.InRange(values.Length, 1, 10);
        var cocoa = Assert.Single(values, a => a.QuerySelector(".facet-label")?.TextContent.Trim() == "cocoa");
        Assert.Equal(73, PageExtensions.ParseCount(cocoa.QuerySelector(".count")!));
        var box = cocoa.QuerySelector("input[type=checkbox]")!;
        Assert.False(box.HasAttribute("checked"));
        Assert.Equal(("kw", "topics:cocoa"), (box.GetAttribute("name"), box.GetAttribute("value")));
        Assert.Equal("/search", topics.Closest("form")!.GetAttribute("action"));
    }

    [Fact]
    public async Task SearchPage_ShowsSortLinks_WithTheCurrentOrderMarked()
    {
        var page = await app.GetPageAsync("/search?q=cocoa");

        var nav = page.Required("nav.sort");
        Assert.Equal("Relevance", nav.QuerySelector("strong[aria-current]")?.TextContent.Trim());
        var links = nav.QuerySelectorAll("a").ToDictionary(a => a.TextContent.Trim(), a => Link.Parse(a.GetAttribute("href")!));
        Assert.Equal(["Newest", "Oldest", "Random sample", "Recently added"], links.Keys.Order());
        Assert.Equal("newest", links["Newest"]["sort"]);
        Assert.Equal("added", links["Recently added"]["sort"]);
        Assert.Equal("oldest", links["Oldest"]["sort"]);
        Assert.Equal("random", links["Random sample"]["sort"]);
        Assert.All(links.Values, l => Assert.Equal("cocoa", l["q"]));
    }

    [Fact]
    public async Task SearchPage_SortedOldest_ListsHitsInDateOrder()
    {
        var page = await app.GetPageAsync("/search?q=cocoa&sort=oldest");

        Assert.Equal(200, page.Status);
        Assert.Equal("Oldest", page.Required("nav.sort strong[aria-current]").TextContent.Trim());
        var dates = page.HitDates();
        Assert.Equal(10, dates.Count);
        Assert.Equal(dates.Order(), dates);
        Assert.Equal(new DateOnly(1987, 2, 26), dates[0]);
        Assert.Equal(ArchiveAppFixture.CocoaCount, page.Total());
    }

    [Fact]
    public async Task SearchPage_SortedNewest_ListsHitsInReverseDateOrder()
    {
        var page = await app.GetPageAsync("/search?q=cocoa&sort=newest");

        var dates = page.HitDates();
        Assert.Equal(10, dates.Count);
        Assert.Equal(dates.OrderDescending(), dates);
    }

    [Fact]
    public async Task SearchPage_ForCocoa_HasPaginationLinkToPage2()
    {
        var page = await app.GetPageAsync("/search?q=cocoa");

        var nav = page.Required("nav.pagination");
        Assert.Equal("1", nav.QuerySelector("strong[aria-current=page]")?.TextContent.Trim());
        var pages = nav.QuerySelectorAll("a[href]").Select(a => Link.Parse(a.GetAttribute("href")!)).ToList();
        Assert.Contains(pages, l => l["page"] == "2" && l["q"] == "cocoa");
        // 129 hits at 10 a page: the last page is 13.
        Assert.Contains(pages, l => l["page"] == "13");
        Assert.DoesNotContain(pages, l => l["page"] == "14");
        Assert.Equal("2", Link.Parse(nav.QuerySelector("a[rel=next]")!.GetAttribute("href")!)["page"]);
        Assert.Null(nav.QuerySelector("a[rel=prev]"));
    }

    [Fact]
    public async Task SearchPage_Page2_ShowsDifferentHits()
    {
        var first = await app.GetPageAsync("/search?q=cocoa");
        var href = first.Required("nav.pagination a[rel=next]").GetAttribute("href")!;
        var second = await app.GetPageAsync(href);

        Assert.Equal(200, second.Status);
        Assert.Equal(10, second.HitIds().Count);
        Assert.Empty(first.HitIds().Intersect(second.HitIds()));
        Assert.Equal("11", second.Required("ol.hits").GetAttribute("start"));
        Assert.Equal("2", second.Required("nav.pagination strong[aria-current=page]").TextContent.Trim());
        Assert.Equal(ArchiveAppFixture.CocoaCount, second.Total());
    }

    [Fact]
    public async Task SearchPage_LastPage_ShowsTheRemainingHits()
    {
        var page = await app.GetPageAsync("/search?q=cocoa&page=13");

        Assert.Equal(200, page.Status);
        Assert.Equal(9, page.HitIds().Count);
        Assert.Null(page.One("nav.pagination a[rel=next]"));
    }

    [Fact]
    public async Task SearchPage_AllPages_TogetherListEveryHitOnce()
    {
        var ids = new List<string>();
        for (var number = 1; number <= 3; number++)
            ids.AddRange((await app.GetPageAsync($"/search?q=cocoa&size=50&page={number}")).HitIds());

        Assert.Equal(ArchiveAppFixture.CocoaCount, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    /// <summary>
    /// A link past the last page (an old bookmark, or the index shrank) must not leave the reader
    /// at a dead end that says nothing matches while the heading counts 129 matches.
    /// </summary>
    [Fact]
    public async Task SearchPage_PastTheLastPage_LeadsBackToTheResults()
    {
        var page = await app.GetPageAsync("/search?q=cocoa&page=14");

        Assert.NotEqual(500, page.Status);
        if (page.Status == 200)
        {
            var empty = page.One(".message.empty")?.TextContent ?? "";
            Assert.DoesNotContain("No articles match", empty);
            Assert.Contains(page.All("main a[href]"), a => Link.Parse(a.GetAttribute("href")!) is { Path: "/search" } l && l["q"] == "cocoa" && l["page"] == "13");
        }
    }

    [Fact]
    public async Task SearchPage_WithEmptyQuery_BrowsesEverythingNewestFirst()
    {
        var page = await app.GetPageAsync("/search");

        Assert.Equal(200, page.Status);
        Assert.Equal(ArchiveAppFixture.ArticleCount, page.Total());
        Assert.Equal("Newest", page.Required("nav.sort strong[aria-current]").TextContent.Trim());
        var dates = page.HitDates();
        Assert.Equal(10, dates.Count);
        Assert.Equal(dates.OrderDescending(), dates);
        Assert.Equal("seeds/004_575892bb0f18c275.txt", page.HitIds()[0]);
        Assert.Null(page.One(".message.notice"));
    }

    [Fact]
    public async Task SearchPage_WithBlankQuery_BrowsesLikeNoQuery()
    {
        var page = await app.GetPageAsync("/search?q=%20%20");

        Assert.Equal(200, page.Status);
        Assert.Equal(ArchiveAppFixture.ArticleCount, page.Total());
    }

    [Fact]
    public async Task SearchPage_HitLinksOpenTheArticle()
    {
        var page = await app.GetPageAsync("/search?q=cocoa");

        var href = page.Required("ol.hits li.hit h2 a").GetAttribute("href")!;
        var article = await app.GetPageAsync(href);

        Assert.Equal(200, article.Status);
        Assert.NotEmpty(article.All("article.article .article-body mark"));
    }
}
