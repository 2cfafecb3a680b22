using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>What a reader types, and what articles contain, is shown as text, never as markup.</summary>
[Collection(WebCollection.Name)]
public sealed class HtmlEncodingTests(ArchiveAppFixture app)
{
    private const string Script = "<script>alert(1)</script>";

    [Fact]
    public async Task SearchPage_WithScriptInQuery_RendersItEncoded()
    {
        var page = await app.GetPageAsync("/search?q=" + Uri.EscapeDataString(Script));

        Assert.Equal(200, page.Status);
        AssertOnlyTheSitesOwnScript(page);
        Assert.Equal(Script, page.Required("#results-heading q").TextContent);
        Assert.Equal(Script, page.Required("header.site-header input[name=q]").GetAttribute("value"));
        Assert.Contains(Script, page.Required("title").TextContent);
    }

    [Fact]
    public async Task SearchPage_WithAttributeBreakingQuery_StaysInsideTheAttribute()
    {
        const string query = "\"><img src=x onerror=alert(1)>";
        var page = await app.GetPageAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(200, page.Status);
        Assert.Empty(page.All("img"));
        Assert.Equal(query, page.Required("header.site-header input[name=q]").GetAttribute("value"));
        Assert.Equal(query, page.Required("aside.facets input[type=hidden][name=q]").GetAttribute("value"));
    }

    [Fact]
    public async Task SearchPage_WithScriptInAnInvalidParameter_RendersTheMessageEncoded()
    {
        var page = await app.GetPageAsync("/search?from=" + Uri.EscapeDataString(Script));

        Assert.Equal(400, page.Status);
        AssertOnlyTheSitesOwnScript(page);
        Assert.Contains(Script, page.Required("main .message.error p").TextContent);
    }

    [Fact]
    public async Task SearchPage_WithScriptInSourceAndKeyword_RendersThemEncoded()
    {
        var page = await app.GetPageAsync($"/search?source={Uri.EscapeDataString(Script)}&kw=topics:{Uri.EscapeDataString(Script)}");

        Assert.Equal(200, page.Status);
        AssertOnlyTheSitesOwnScript(page);
        Assert.Contains(page.All("ul.active-filters li a"), a => a.TextContent.Contains("Source: " + Script));
        Assert.Contains(page.All("aside.facets .facet-label"), l => l.TextContent == Script);
    }

    [Fact]
    public async Task ArticlePage_WithScriptInQuery_RendersItEncoded()
    {
        var page = await app.GetPageAsync("/articles/reuters-1?q=" + Uri.EscapeDataString(Script));

        Assert.Equal(200, page.Status);
        AssertOnlyTheSitesOwnScript(page);
        Assert.Equal(Script, page.Required(".match-count q").TextContent);
        Assert.Equal(Script, Link.Parse(page.Required("nav.back a").GetAttribute("href")!)["q"]);
    }

    /// <summary>Reuters titles name companies in angle brackets, e.g. "STANDARD OIL &lt;SRD&gt; TO FORM FINANCIAL UNIT".</summary>
    [Fact]
    public async Task SearchPage_TitleWithAngleBrackets_IsTextWithTheMatchMarked()
    {
        var page = await app.GetPageAsync("/search?q=SRD");

        var title = page.All("ol.hits li.hit h2 a").Single(a => a.GetAttribute("href")!.StartsWith("/articles/reuters-2?"));
        Assert.Equal("STANDARD OIL <SRD> TO FORM FINANCIAL UNIT", title.TextContent.Trim());
        Assert.Equal("SRD", Assert.Single(title.QuerySelectorAll("mark")).TextContent);
        Assert.Empty(page.All("srd"));
    }

    [Fact]
    public async Task ArticlePage_TitleWithAngleBrackets_IsText()
    {
        var page = await app.GetPageAsync("/articles/reuters-2");

        Assert.Equal("STANDARD OIL <SRD> TO FORM FINANCIAL UNIT", page.Required("article h1").TextContent.Trim());
        Assert.Empty(page.All("srd"));
    }

    /// <summary>The site's own script first; then whatever else the page has, inert (see <see cref="InertHtml"/>).</summary>
    private static void AssertOnlyTheSitesOwnScript(Page page)
    {
        Assert.StartsWith("/js/site.js", page.All("script")[0].GetAttribute("src"));
        InertHtml.AssertInert(page);
    }
}
