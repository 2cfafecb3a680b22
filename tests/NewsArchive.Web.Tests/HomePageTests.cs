using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class HomePageTests(ArchiveAppFixture app)
{
    [Fact]
    public async Task HomePage_Returns200AsHtml()
    {
        var page = await app.GetPageAsync("/");

        Assert.Equal(200, page.Status);
        Assert.Equal("text/html", page.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Search the news archive", page.Required("main h1").TextContent.Trim());
    }

    [Fact]
    public async Task HomePage_ShowsTheArticleCount()
    {
        var page = await app.GetPageAsync("/");

        Assert.Equal("21,582", Stat(page, "Articles"));
    }

    [Fact]
    public async Task HomePage_ListsTheSourcesWithCountsAndLinks()
    {
        var page = await app.GetPageAsync("/");

        Assert.Equal("3", Stat(page, "Sources"));
        var items = page.All(".home-sources li");
        var reuters = Assert.Single(items, li => li.QuerySelector("a")?.TextContent.Trim() == "Reuters");
        Assert.Equal("21,577", reuters.QuerySelector(".count")?.TextContent.Trim());
        var link = Link.Parse(reuters.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal("/search", link.Path);
        Assert.Equal("Reuters", link["source"]);
        Assert.Contains(items, li => li.QuerySelector("a")?.TextContent.Trim() == "TDI");
    }

    [Fact]
    public async Task HomePage_ShowsTheDateSpanOfTheArchive()
    {
        var page = await app.GetPageAsync("/");

        var dates = Stat(page, "Dates");
        Assert.StartsWith("26 February 1987", dates);
        Assert.EndsWith("11 January 2022", dates);
    }

    [Fact]
    public async Task HomePage_HasASearchBoxThatSubmitsQToSearch()
    {
        var page = await app.GetPageAsync("/");

        var form = page.Required("main form[role=search]");
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"), ignoreCase: true);
        var input = form.QuerySelector("input[name=q]");
        Assert.NotNull(input);
        Assert.Equal("search", input.GetAttribute("type"));
    }

    [Fact]
    public async Task HomePage_LatestArticlesLinkToArticlesThatExist()
    {
        var page = await app.GetPageAsync("/");

        var links = page.All(".home-latest li a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(5, links.Count);
        // Newest first: the latest seed article (11 January 2022) leads.
        Assert.Equal("/articles/seeds/004_575892bb0f18c275.txt", links[0]);
        foreach (var href in links)
            Assert.Equal(200, (int)(await app.GetAsync(href)).StatusCode);
    }

    private static string Stat(Page page, string name)
    {
        var row = page.All(".archive-stats > div").Single(d => d.QuerySelector("dt")?.TextContent.Trim() == name);
        return string.Join(' ', row.QuerySelector("dd")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
