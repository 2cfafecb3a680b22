using System.Net;
using System.Text.Json;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>Bad parameters are the reader's mistake (400, naming the parameter); bad query syntax is searched as plain words; nothing is a 500.</summary>
[Collection(WebCollection.Name)]
public sealed class SearchInputTests(ArchiveAppFixture app)
{
    public static TheoryData<string, string> InvalidParameters => new()
    {
        { "from=2022-13-45", "from" },
        { "to=notadate", "to" },
        { "page=0", "page" },
        { "page=abc", "page" },
        { "page=999999", "page" },
        { "page=-1", "page" },
        { "sort=sideways", "sort" },
        { "sort=1", "sort" },
        // Two orders that would add up, as enum flags, to a third.
        { "sort=newest,oldest", "sort" },
        { "size=1000", "size" },
        { "size=0", "size" },
        { "kw=nocolon", "kw" },
        { "kw=topics:", "kw" },
        { "from=2022-02-01&to=2022-01-01", "from" },
        { "q=" + new string('a', 2_000), "q" },
        { "q=" + string.Join(' ', Enumerable.Repeat("cocoa", 200)), "q" },
    };

    [Theory]
    [MemberData(nameof(InvalidParameters))]
    public async Task SearchPage_WithInvalidParameter_Returns400NamingIt(string query, string parameter)
    {
        var page = await app.GetPageAsync("/search?q=cocoa&" + query);

        Assert.Equal(400, page.Status);
        Assert.Equal("text/html", page.Response.Content.Headers.ContentType?.MediaType);
        var message = page.Required("main .message.error[role=alert]");
        Assert.Equal(parameter, message.QuerySelector("strong")?.TextContent.Trim());
        Assert.Empty(page.All("ol.hits"));
        // The way out: a link to a fresh search.
        Assert.Contains(message.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/search");
    }

    [Theory]
    [MemberData(nameof(InvalidParameters))]
    public async Task Api_Search_WithInvalidParameter_Returns400ProblemNamingIt(string query, string parameter)
    {
        var response = await app.GetAsync("/api/search?q=cocoa&" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(parameter, json.RootElement.GetProperty("parameter").GetString());
        Assert.Contains(parameter, json.RootElement.GetProperty("title").GetString());
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("detail").GetString()));
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task SearchPage_WithQueryOfTheMaximumLength_IsSearched()
    {
        var page = await app.GetPageAsync("/search?q=" + new string('a', 1_000));

        Assert.Equal(200, page.Status);
    }

    [Theory]
    [InlineData("AND")]
    [InlineData("title:(")]
    [InlineData("cocoa^")]
    [InlineData("cocoa OR")]
    public async Task SearchPage_WithMalformedQuery_SearchesPlainWordsWithANotice(string query)
    {
        var page = await app.GetPageAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(200, page.Status);
        var notice = page.Required("main .message.notice");
        Assert.Contains("searched as the plain words", notice.TextContent);
        // The box still shows what the reader typed, to correct it.
        Assert.Equal(query, page.Required("header.site-header input[name=q]").GetAttribute("value"));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("(((")]
    [InlineData("?")]
    public async Task SearchPage_WithQueryOfNoWords_FindsNothingWithANotice(string query)
    {
        var page = await app.GetPageAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(200, page.Status);
        Assert.Equal(0, page.Total());
        Assert.NotNull(page.One("main .message.notice"));
    }

    [Fact]
    public async Task SearchPage_WithWellFormedQuery_HasNoNotice()
    {
        var page = await app.GetPageAsync("/search?q=" + Uri.EscapeDataString("\"cocoa prices\" -coffee"));

        Assert.Equal(200, page.Status);
        Assert.Null(page.One("main .message.notice"));
        Assert.True(page.Total() > 0);
    }

    /// <summary>
    /// Slashes are punctuation ("9/11", "AC/DC"), never a regular expression, which could scan
    /// every word in the archive: text between slashes is searched as its words, without a notice.
    /// </summary>
    [Theory]
    [InlineData("/cocoa/")]
    [InlineData("cocoa /(/")]
    [InlineData("cocoa/")]
    public async Task SearchPage_WithSlashes_SearchesTheWords(string query)
    {
        var page = await app.GetPageAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(200, page.Status);
        Assert.Null(page.One("main .message.notice"));
        Assert.Equal(ArchiveAppFixture.CocoaCount, page.Total());
    }

    [Fact]
    public async Task Api_Search_WithMalformedQuery_Returns200WithANotice()
    {
        var response = await app.GetAsync("/api/search?q=" + Uri.EscapeDataString("/[/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("notice").GetString()));
    }

    [Theory]
    [InlineData("/search?page=1.5")]
    [InlineData("/search?size=%2B5")]
    [InlineData("/search?from=2022-1-1")]
    [InlineData("/search?from=01/10/2022")]
    [InlineData("/search?kw=%3Avalue")]
    [InlineData("/search?q=%EF%BF%BF")]
    [InlineData("/search?q=%F0%9F%98%80")]
    [InlineData("/search?q=cocoa&source=")]
    [InlineData("/search?sort=")]
    [InlineData("/search?q=cocoa&page=1000")]
    [InlineData("/search?size=100&page=100")]
    [InlineData("/search?from=0001-01-01&to=9999-12-31")]
    public async Task SearchPage_WithOddInput_NeverFails(string url)
    {
        var response = await app.GetAsync(url);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest,
            $"{url} answered {(int)response.StatusCode}");
    }
}
