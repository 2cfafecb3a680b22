using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>
/// The header's search box on a results page searches within that page's filters, sort and
/// display (it is how a search is refined), says so, and offers a link that drops them; elsewhere
/// it is a plain new search.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class HeaderSearchTests(ArchiveAppFixture app)
{
    [Fact]
    public async Task SearchPage_HeaderBox_CarriesFiltersSortAndDatesButNotTheWordsOrPage()
    {
        var page = await app.GetPageAsync("/search?q=cocoa&source=Reuters&kw=topics:cocoa&from=1987-01-01&to=1987-12-31&sort=newest&dates=share&page=2");

        var form = page.Required("header.site-header form.search-box");
        Assert.Equal(("/search", "get"), (form.GetAttribute("action"), form.GetAttribute("method")));
        var hidden = form.QuerySelectorAll("input[type=hidden]").Select(i => (i.GetAttribute("name"), i.GetAttribute("value"))).ToList();
        Assert.Equal(
            [("source", "Reuters"), ("from", "1987-01-01"), ("to", "1987-12-31"), ("kw", "topics:cocoa"), ("sort", "newest"), ("dates", "share")],
            hidden);
        Assert.Single(form.QuerySelectorAll("input[name=q]"));
        Assert.Equal("cocoa", form.QuerySelector("input[name=q]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task SearchPage_HeaderBox_HasAClearFiltersLinkKeepingTheWords()
    {
        var page = await app.GetPageAsync("/search?q=cocoa&source=Reuters&sort=oldest");

        var clear = page.Required("header.site-header form.search-box a.clear-filters");
        Assert.Equal("Clear filters", clear.TextContent.Trim());
        Assert.Equal("/search?q=cocoa", clear.GetAttribute("href"));
        Assert.Contains("within this page", page.Required("header.site-header .search-within").TextContent);
    }

    [Fact]
    public async Task FacetValuesPage_HeaderBox_CarriesTheSearchsFilters()
    {
        var page = await app.GetPageAsync("/search/facet/source?q=cocoa&kw=topics:cocoa");

        var hidden = page.All("header.site-header form.search-box input[type=hidden]").Select(i => (i.GetAttribute("name"), i.GetAttribute("value")));
        Assert.Equal([("kw", "topics:cocoa")], hidden);
    }

    [Theory]
    [InlineData("/search?q=cocoa")]
    [InlineData("/help")]
    [InlineData("/search?q=cocoa&page=2")]
    public async Task Page_WithoutFilters_HeaderBoxIsAPlainSearch(string url)
    {
        var page = await app.GetPageAsync(url);

        Assert.Empty(page.All("header.site-header form.search-box input[type=hidden]"));
        Assert.Empty(page.All("header.site-header .clear-filters"));
    }
}
