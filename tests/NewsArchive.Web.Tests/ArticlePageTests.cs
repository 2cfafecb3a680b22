using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class ArticlePageTests(ArchiveAppFixture app)
{
    private const string Seed = "/articles/seeds/000_0991502cd2966729.txt";

    [Fact]
    public async Task ArticlePage_ForSeedArticle_ShowsTitleAndParagraphs()
    {
        var page = await app.GetPageAsync(Seed);

        Assert.Equal(200, page.Status);
        Assert.StartsWith("Chinese Foreign Minister Wang Yi", page.Required("article.article header h1").TextContent.Trim());
        var paragraphs = page.All("article.article .article-body > p");
        Assert.True(paragraphs.Count >= 5, $"{paragraphs.Count} paragraphs");
        Assert.Contains(paragraphs, p => p.TextContent.Contains("Kassym-Jomart Tokayev"));
        Assert.Empty(page.All("article.article mark"));
        Assert.Null(page.One(".match-count"));
        Assert.Contains("Chinese Foreign Minister", page.Required("title").TextContent);
    }

    [Fact]
    public async Task ArticlePage_WithQuery_MarksTheMatchesAndCountsThem()
    {
        var page = await app.GetPageAsync(Seed + "?q=Tokayev");

        Assert.Equal(200, page.Status);
        var marks = page.All("article.article mark");
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Equal("Tokayev", m.TextContent));
        var count = page.Required(".match-count").TextContent;
        Assert.Equal($"{marks.Count} matches for Tokayev", Regex.Replace(count, @"\s+", " ").Trim());
    }

    [Fact]
    public async Task ArticlePage_WithQuery_LinksBackToTheResults()
    {
        var page = await app.GetPageAsync(Seed + "?q=Tokayev");

        var back = page.Required("article.article nav.back a");
        Assert.Contains("Back to results", back.TextContent);
        Assert.Equal("/search?q=Tokayev", back.GetAttribute("href"));
    }

    [Fact]
    public async Task ArticlePage_ReachedFromPage2OfAFilteredSearch_LeadsBackToThatPage()
    {
        var results = await app.GetPageAsync("/search?q=cocoa&source=Reuters&page=2");
        var href = results.Required("ol.hits li.hit h2 a").GetAttribute("href")!;

        var page = await app.GetPageAsync(href);

        Assert.Equal(200, page.Status);
        var back = Link.Parse(page.Required("nav.back a").GetAttribute("href")!);
        Assert.Equal("/search", back.Path);
        Assert.Equal(("cocoa", "Reuters", "2"), (back["q"], back["source"], back["page"]));
    }

    [Fact]
    public async Task ArticlePage_WithoutQuery_LinksToBrowsing()
    {
        var page = await app.GetPageAsync(Seed);

        Assert.Equal("/search", page.Required("nav.back a").GetAttribute("href"));
    }

    [Fact]
    public async Task ArticlePage_ForReutersArticle_ShowsSourceDateAndDateline()
    {
        var page = await app.GetPageAsync("/articles/reuters-1");

        Assert.Equal(200, page.Status);
        Assert.Equal("BAHIA COCOA REVIEW", page.Required("article.article h1").TextContent.Trim());
        Assert.Equal("Reuters", page.Required("article.article .meta .source").TextContent.Trim());
        var time = page.Required("article.article .meta time");
        Assert.StartsWith("1987-02-26", time.GetAttribute("datetime"));
        Assert.StartsWith("26 February 1987", time.TextContent.Trim());
        Assert.Equal("SALVADOR, Feb 26", page.Required("article.article .meta .dateline").TextContent.Trim());
        Assert.True(page.All("article.article .article-body > p").Count > 1);
    }

    [Fact]
    public async Task ArticlePage_KeywordLinks_SearchForThatKeyword()
    {
        var page = await app.GetPageAsync("/articles/reuters-1");

        var links = page.All("article.article footer.keywords a").Select(a => Link.Parse(a.GetAttribute("href")!)).ToList();
        Assert.Contains(links, l => l.Path == "/search" && l["kw"] == "topics:cocoa");
    }

    [Fact]
    public async Task ArticlePage_WithBrokenSearchInTheLink_StillShowsTheArticle()
    {
        var page = await app.GetPageAsync("/articles/reuters-1?q=cocoa&page=0");

        Assert.Equal(200, page.Status);
        Assert.Equal("BAHIA COCOA REVIEW", page.Required("article.article h1").TextContent.Trim());
    }

    [Fact]
    public async Task ArticlePage_WithMalformedRegularExpressionInTheLink_StillShowsTheArticle()
    {
        var page = await app.GetPageAsync("/articles/reuters-1?q=" + Uri.EscapeDataString("/[/"));

        Assert.Equal(200, page.Status);
        Assert.Equal("BAHIA COCOA REVIEW", page.Required("article.article h1").TextContent.Trim());
    }

    [Theory]
    [InlineData("/articles/nope")]
    [InlineData("/articles/reuters-999999")]
    [InlineData("/articles/seeds/nope")]
    public async Task ArticlePage_ForUnknownId_Returns404NotFoundPage(string url)
    {
        var page = await app.GetPageAsync(url);

        Assert.Equal(404, page.Status);
        Assert.Equal("text/html", page.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Not found", page.Required("main h1").TextContent.Trim());
        Assert.Equal("/", page.Required("main .message a").GetAttribute("href"));
        AssertNoStackTrace(page);
    }

    [Theory]
    [InlineData("/articles/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/articles/..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/articles/%2500")]
    [InlineData("/articles/%3Cscript%3E")]
    [InlineData("/articles/a%20b")]
    [InlineData("/articles/%E2%80%AE")]
    [InlineData("/articles/%FF")]
    [InlineData("/articles/seeds//000_0991502cd2966729")]
    [InlineData("/articles/reuters-1%2F")]
    [InlineData("/articles/*")]
    public async Task ArticlePage_ForIdWithOddCharacters_Returns404Or400(string url)
    {
        var page = await app.GetPageAsync(url);

        Assert.True(page.Status is 404 or 400, $"{url} answered {page.Status}");
        AssertNoStackTrace(page);
    }

    /// <summary>
    /// A NUL in the path: the test client refuses to send "%00", so the request is made with the
    /// decoded path set directly, as a server that let it through would hand it to the app.
    /// </summary>
    [Fact]
    public async Task ArticlePage_ForIdWithNulCharacter_Returns404Or400()
    {
        var context = await app.Factory.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = new PathString("/articles/\0");
        });

        Assert.True(context.Response.StatusCode is 404 or 400, $"answered {context.Response.StatusCode}");
    }

    /// <summary>"/articles/" with no id is not an article: it should be a 404 (or lead to browsing), not a server error.</summary>
    [Theory]
    [InlineData("/articles")]
    [InlineData("/articles/")]
    public async Task ArticlePage_WithoutId_IsNotAServerError(string url)
    {
        var response = await app.GetAsync(url);

        Assert.True((int)response.StatusCode is 404 or 400 or (>= 300 and < 400),
            $"{url} answered {(int)response.StatusCode}");
    }

    private static void AssertNoStackTrace(Page page)
    {
        Assert.DoesNotContain("Exception", page.Html);
        Assert.DoesNotContain("   at ", page.Html);
        Assert.DoesNotContain(".cs:line", page.Html);
    }
}
