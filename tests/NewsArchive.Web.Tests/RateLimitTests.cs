using System.Net;
using System.Text.Json;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>
/// A client that sends too many requests is refused with 429, a Retry-After and a clear message,
/// as a page or as problem details; static files are never counted. An app of its own with a
/// tiny limit, in the web collection so that it never starts alongside another host.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class RateLimitTests
{
    [Fact]
    public async Task PastTheBurst_PagesAnswer429_WithAPageThatSaysSo()
    {
        using var folder = new TempFolder("newsarchive-rate-limit-");
        await using var factory = new ArchiveWebFactory(folder.PathOf("index"), RepositoryPaths.Seeds) { RequestsPerSecond = 1, RequestBurst = 3 };
        using var client = factory.CreateNonRedirectingClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++) statuses.Add((await client.GetAsync("/search?q=kazakhstan")).StatusCode);
        var refused = await client.GetAsync("/search?q=kazakhstan");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], statuses.Take(3));
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("1", refused.Headers.GetValues("Retry-After").Single());
        Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Too many requests", await refused.Content.ReadAsStringAsync());
        // The stylesheet of the refusal page, like every static file, is still served.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/css/site.css")).StatusCode);

        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=kazakhstan")).StatusCode);
    }

    [Fact]
    public async Task PastTheBurst_TheApiAnswers429_AsProblemDetails()
    {
        using var folder = new TempFolder("newsarchive-rate-limit-api-");
        await using var factory = new ArchiveWebFactory(folder.PathOf("index"), RepositoryPaths.Seeds) { RequestsPerSecond = 1, RequestBurst = 2 };
        using var client = factory.CreateNonRedirectingClient();

        HttpResponseMessage response;
        var sent = 0;
        do response = await client.GetAsync("/api/search?q=kazakhstan");
        while (response.StatusCode == HttpStatusCode.OK && ++sent < 10);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Too many requests", problem.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task BehindAProxy_WithForwardedHeadersOn_EachReaderHasALimitOfTheirOwn()
    {
        using var folder = new TempFolder("newsarchive-rate-limit-proxy-");
        await using var factory = new ArchiveWebFactory(folder.PathOf("index"), RepositoryPaths.Seeds) { RequestsPerSecond = 1, RequestBurst = 1 };
        // What the README tells a deployment behind a reverse proxy to set.
        await using var proxied = factory.WithWebHostBuilder(builder => builder.UseSetting("ForwardedHeaders_Enabled", "true"));
        using var client = proxied.CreateClient();

        Task<HttpResponseMessage> From(string reader)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=kazakhstan");
            request.Headers.Add("X-Forwarded-For", reader);
            return client.SendAsync(request);
        }

        Assert.Equal(HttpStatusCode.OK, (await From("203.0.113.1")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await From("203.0.113.1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await From("203.0.113.2")).StatusCode);
    }
}
