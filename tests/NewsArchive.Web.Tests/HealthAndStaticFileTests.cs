using System.Net;
using System.Text.Json;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class HealthAndStaticFileTests(ArchiveAppFixture app)
{
    [Fact]
    public async Task Healthz_Returns200WithTheArticleCount()
    {
        var response = await app.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(ArchiveAppFixture.ArticleCount, json.RootElement.GetProperty("articles").GetInt32());
    }

    [Theory]
    [InlineData("/css/site.css", "text/css")]
    [InlineData("/js/site.js", "text/javascript")]
    [InlineData("/favicon.svg", "image/svg+xml")]
    public async Task StaticFile_IsServedWithItsContentType(string url, string contentType)
    {
        var response = await app.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Layout_LinksToTheStylesheetAndScriptThatAreServed()
    {
        var page = await app.GetPageAsync("/search?q=cocoa");

        var css = page.Required("link[rel=stylesheet]").GetAttribute("href")!;
        var js = page.Required("script[src]").GetAttribute("src")!;
        Assert.StartsWith("/css/site.css?v=", css);
        Assert.StartsWith("/js/site.js?v=", js);
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync(css)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync(js)).StatusCode);
    }

    [Fact]
    public async Task UnknownPath_Returns404NotFoundPage()
    {
        var page = await app.GetPageAsync("/no/such/page");

        Assert.Equal(404, page.Status);
        Assert.Equal("text/html", page.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Not found", page.Required("main h1").TextContent.Trim());
    }

    [Fact]
    public async Task MissingStaticFile_Returns404()
    {
        var response = await app.GetAsync("/css/nope.css");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
