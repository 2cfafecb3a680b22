using NewsArchive.Web.Infrastructure;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>Every response, page or not, found or not, carries the headers that bound what a browser does with it.</summary>
[Collection(WebCollection.Name)]
public sealed class SecurityHeaderTests(ArchiveAppFixture app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=cocoa")]
    [InlineData("/articles/reuters-1")]
    [InlineData("/help/api")]
    [InlineData("/no-such-page")]
    [InlineData("/search?from=nonsense")]
    [InlineData("/api/search?q=cocoa")]
    [InlineData("/api/articles/no-such-article")]
    [InlineData("/search.atom?q=cocoa")]
    [InlineData("/search.csv?q=cocoa&limit=1")]
    [InlineData("/css/site.css")]
    [InlineData("/js/site.js")]
    public async Task Response_CarriesTheSecurityHeaders(string url)
    {
        var response = await app.GetAsync(url);

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public void Policy_AllowsNothingInlineAndNoFraming()
    {
        var directives = SecurityHeaders.ContentSecurityPolicy.Split(';', StringSplitOptions.TrimEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ')[1..]);

        Assert.Equal(["'self'"], directives["script-src"]);
        Assert.Equal(["'self'"], directives["style-src"]);
        Assert.Equal(["'none'"], directives["frame-ancestors"]);
        Assert.DoesNotContain(directives.Values.SelectMany(v => v), source => source.Contains("unsafe"));
    }

    [Fact]
    public async Task Pages_HaveNoInlineScriptOrStyle()
    {
        foreach (var url in new[] { "/", "/search?q=cocoa", "/articles/reuters-1?q=cocoa", "/help", "/help/api", "/stories/" + await AStoryAsync() })
        {
            var page = await app.GetPageAsync(url);
            Assert.Equal(200, page.Status);
            Assert.All(page.All("script"), script => Assert.True(script.HasAttribute("src"), $"{url} has an inline script"));
            Assert.Empty(page.All("style"));
            Assert.Empty(page.All("[style]"));
            Assert.DoesNotContain(page.All("*").SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        }
    }

    private async Task<string> AStoryAsync()
    {
        using var json = System.Text.Json.JsonDocument.Parse(await app.Client.GetStringAsync("/api/search?q=Tokayev"));
        return json.RootElement.GetProperty("hits").EnumerateArray().First(h => h.GetProperty("story").ValueKind != System.Text.Json.JsonValueKind.Null)
            .GetProperty("story").GetProperty("id").GetString()!;
    }
}
