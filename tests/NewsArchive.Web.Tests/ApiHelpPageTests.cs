using System.Net;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>/help/api: the API page for people, made from the OpenAPI description, with examples that work.</summary>
[Collection(WebCollection.Name)]
public sealed class ApiHelpPageTests(ArchiveAppFixture app)
{
    [Fact]
    public async Task Page_ListsEveryEndpoint_WithItsParametersAndFields()
    {
        var page = await app.GetPageAsync("/help/api");

        Assert.Equal(200, page.Status);
        var endpoints = page.All("section.endpoint h3 code").Select(c => c.TextContent).ToList();
        Assert.Equal(["GET /api/search", "GET /api/articles/{id}", "GET /api/articles/compare", "GET /api/stories/{id}", "GET /healthz", "GET /api/compare", "GET /api/terms", "GET /search.atom", "GET /search.csv", "GET /search.jsonl", "GET /compare.csv", "GET /compare.json", "GET /stories/{id}.{format}", "GET /suggest"], endpoints);
        var search = page.Required("section#search");
        Assert.Contains("kw", search.QuerySelectorAll("td code").Select(c => c.TextContent));
        Assert.Contains("One of: relevance, newest, oldest, added", search.TextContent);
        Assert.Contains("suggestion", search.QuerySelectorAll("details.fields td code").Select(c => c.TextContent));
        Assert.Equal("/openapi/v1.json", page.Required("a[href='/openapi/v1.json']").GetAttribute("href"));
    }

    [Fact]
    public async Task EveryExample_Answers()
    {
        var page = await app.GetPageAsync("/help/api");

        var examples = page.All("section.endpoint p a code").Select(c => c.TextContent).ToList();
        Assert.Equal(14, examples.Count);
        foreach (var example in examples)
            Assert.True((await app.GetAsync(example)).StatusCode == HttpStatusCode.OK, $"{example} did not answer 200");
    }

    [Fact]
    public async Task Footer_LeadsToThePage()
    {
        var page = await app.GetPageAsync("/");

        Assert.NotNull(page.One("footer a[href='/help/api']"));
    }
}
