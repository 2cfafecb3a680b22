using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using NewsArchive.Web.Infrastructure;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>
/// Links never lead off the site by what a request says: the unavailable archive's "Try again"
/// is a plain local path, and absolute links take the configured public origin, not the Host
/// header (here forged as evil.example).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class LinksStayHomeTests : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private static readonly Uri Forged = new("http://evil.example");

    private readonly TempFolder folder = new("newsarchive-links-");

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("/%09/evil.example/phish")]
    [InlineData("/%0A/evil.example/phish")]
    [InlineData("/%0D/evil.example/phish")]
    [InlineData("/%5C/evil.example/phish")]
    [InlineData("/%5Cevil.example/phish")]
    [InlineData("/%20/evil.example/phish")]
    [InlineData("/%C2%85/evil.example/phish")]
    [InlineData("//evil.example/phish")]
    public async Task TryAgain_WithControlCharactersWhitespaceOrBackslashes_LeadsToTheHomePage(string path)
    {
        await using var factory = new ArchiveWebFactory(folder.PathOf("index"), folder.PathOf("no-corpus"));
        using var client = factory.CreateNonRedirectingClient();

        var response = await client.GetAsync(new Uri("http://localhost" + path));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("/", Parser.ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("main a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task TryAgain_ForAPathOfTheSite_LeadsBackToIt()
    {
        await using var factory = new ArchiveWebFactory(folder.PathOf("index"), folder.PathOf("no-corpus"));
        using var client = factory.CreateNonRedirectingClient();

        var response = await client.GetAsync("/articles/caf%C3%A9/x?q=cocoa%20beans&source=Reuters");

        Assert.Equal("/articles/caf%C3%A9/x?q=cocoa%20beans&source=Reuters",
            Parser.ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("main a")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/%09/evil.example", "/")]
    [InlineData("/a\\b", "/")]
    [InlineData("/a", "/a")]
    [InlineData("", "/")]
    [InlineData("evil.example", "/")]
    public void LocalAddress_KeepsOnlyPlainPathsOfTheSite(string path, string expected) =>
        Assert.Equal(expected, LocalAddress.Of(Uri.UnescapeDataString(path), null));

    [Fact]
    public async Task AbsoluteLinks_WithAForgedHost_TakeThePublicOrigin()
    {
        await using var factory = Seeds("https://archive.example.org");
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = Forged });

        foreach (var text in await AbsoluteLinkSourcesAsync(client))
        {
            Assert.DoesNotContain("evil.example", text);
            Assert.Contains("https://archive.example.org/", text);
        }
    }

    [Fact]
    public async Task AbsoluteLinks_WithoutAPublicOriginOutsideDevelopment_StartAtTheSiteRoot()
    {
        await using var factory = Seeds(null);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = Forged });

        foreach (var text in await AbsoluteLinkSourcesAsync(client))
        {
            Assert.DoesNotContain("evil.example", text);
            Assert.DoesNotContain("http://", text.Replace("http://a9.com/", "").Replace("http://www.mozilla.org/", "").Replace("http://www.w3.org/", ""));
        }
    }

    [Fact]
    public void PublicOrigin_AcceptsOnlyAnHttpOrigin()
    {
        Assert.True(PublicOrigin.IsValid(null));
        Assert.True(PublicOrigin.IsValid("https://archive.example.org"));
        Assert.True(PublicOrigin.IsValid("http://archive.example.org:8080/"));
        Assert.False(PublicOrigin.IsValid("archive.example.org"));
        Assert.False(PublicOrigin.IsValid("javascript:alert(1)"));
        Assert.False(PublicOrigin.IsValid("https://archive.example.org/path"));
        Assert.False(PublicOrigin.IsValid("https://user@archive.example.org"));
    }

    [Fact]
    public async Task App_WithAMalformedPublicOrigin_RefusesToStart()
    {
        await using var factory = Seeds("archive.example.org");

        var refused = Record.Exception(() => factory.CreateClient());

        Assert.Contains("PublicOrigin", refused?.ToString() ?? "");
    }

    private ArchiveWebFactory Seeds(string? origin) =>
        new(folder.PathOf("index"), RepositoryPaths.Seeds) { PublicOrigin = origin };

    /// <summary>Every output with absolute links: the feed, an export, the search engine entry, an article's citation.</summary>
    private static async Task<IReadOnlyList<string>> AbsoluteLinkSourcesAsync(HttpClient client)
    {
        var texts = new List<string>();
        foreach (var path in new[] { "/search.atom?q=Tokayev", "/search.csv?q=Tokayev", "/opensearch.xml" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            texts.Add(await response.Content.ReadAsStringAsync());
        }
        using var hits = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/search?q=Tokayev"));
        var permalink = hits.RootElement.GetProperty("hits")[0].GetProperty("url").GetString();
        var article = Parser.ParseDocument(await client.GetStringAsync(permalink));
        texts.Add(article.QuerySelector("#cite-text")!.TextContent);
        texts.Add(article.QuerySelector("#cite-bibtex")!.TextContent);
        return texts;
    }
}
