using System.Net;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>Scripts on other sites may read the API, feeds and exports (GET), and nothing else.</summary>
[Collection(WebCollection.Name)]
public sealed class CorsTests(ArchiveAppFixture app)
{
    private const string Origin = "https://newsroom.example";

    [Theory]
    [InlineData("/api/search?q=cocoa")]
    [InlineData("/api/articles/reuters-1")]
    [InlineData("/healthz")]
    [InlineData("/search.atom?q=cocoa")]
    [InlineData("/search.csv?q=cocoa&limit=1")]
    [InlineData("/search.jsonl?q=cocoa&limit=1")]
    [InlineData("/suggest?q=coc")]
    public async Task Get_FromAnotherOrigin_IsAllowed(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Origin", Origin);

        var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Preflight_AllowsGet_AndNotPost()
    {
        var get = await PreflightAsync("GET");
        var post = await PreflightAsync("POST");

        Assert.Equal("*", get.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("GET", get.Headers.GetValues("Access-Control-Allow-Methods").Single());
        Assert.False(post.Headers.Contains("Access-Control-Allow-Methods"));
    }

    [Fact]
    public async Task Pages_AreNotShared_WithOtherOrigins()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/search?q=cocoa");
        request.Headers.Add("Origin", Origin);

        var response = await app.Client.SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private async Task<HttpResponseMessage> PreflightAsync(string method)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/search?q=cocoa");
        request.Headers.Add("Origin", Origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        return await app.Client.SendAsync(request);
    }
}
