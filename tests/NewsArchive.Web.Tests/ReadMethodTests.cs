using System.Net;
using System.Text.RegularExpressions;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>Every address answers GET and HEAD alike and refuses other methods with 405, never a 500; dates in pages are valid HTML.</summary>
[Collection(WebCollection.Name)]
public sealed class ReadMethodTests(ArchiveAppFixture app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=cocoa")]
    [InlineData("/articles/reuters-1")]
    [InlineData("/search/facet/source?q=cocoa")]
    [InlineData("/help")]
    [InlineData("/api/search?q=cocoa")]
    public async Task Trace_Is405(string path)
    {
        using var response = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Trace, path));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=cocoa")]
    [InlineData("/articles/reuters-1")]
    [InlineData("/healthz")]
    [InlineData("/api/search?q=cocoa")]
    [InlineData("/api/articles/reuters-1")]
    [InlineData("/search.atom?q=cocoa")]
    [InlineData("/search.csv?q=cocoa")]
    [InlineData("/search.jsonl?q=cocoa")]
    [InlineData("/suggest?q=coc")]
    [InlineData("/compare?q=cocoa&q=coffee")]
    [InlineData("/api/compare?q=cocoa&by=source")]
    [InlineData("/compare.csv?q=cocoa")]
    [InlineData("/compare.json?q=cocoa")]
    [InlineData("/opensearch.xml")]
    [InlineData("/openapi/v1.json")]
    public async Task Head_WhereverGetAnswers_AnswersTheSame(string path)
    {
        using var get = await app.Client.GetAsync(path);
        using var head = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ArticlePage_TimeElement_HasAValidHtmlDatetime()
    {
        var page = await app.GetPageAsync("/articles/reuters-1");

        var datetime = page.Required("time[datetime]").GetAttribute("datetime")!;
        // A date, or a UTC time with at most three digits of a second's fraction (not .NET's seven).
        Assert.Matches(new Regex(@"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z)?$"), datetime);
    }
}
