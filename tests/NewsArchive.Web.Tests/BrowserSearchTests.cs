using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>The archive as a browser's search engine: the OpenSearch description and its suggestions.</summary>
[Collection(WebCollection.Name)]
public sealed class BrowserSearchTests(ArchiveAppFixture app)
{
    private static readonly XNamespace OpenSearch = "http://a9.com/-/spec/opensearch/1.1/";

    [Fact]
    public async Task Description_IsOpenSearch_WithSearchSuggestionAndFeedTemplates()
    {
        var response = await app.GetAsync("/opensearch.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/opensearchdescription+xml", response.Content.Headers.ContentType?.MediaType);
        var root = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(OpenSearch + "OpenSearchDescription", root.Name);
        Assert.Equal("NewsArchive", root.Element(OpenSearch + "ShortName")?.Value);
        var templates = root.Elements(OpenSearch + "Url").ToDictionary(u => (string)u.Attribute("type")!, u => (string)u.Attribute("template")!);
        Assert.Equal("http://localhost/search?q={searchTerms}", templates["text/html"]);
        Assert.Equal("http://localhost/suggest?q={searchTerms}", templates["application/x-suggestions+json"]);
        Assert.Equal("http://localhost/search.atom?q={searchTerms}", templates["application/atom+xml"]);
        // Each template answers once the terms are filled in.
        foreach (var template in templates.Values)
            Assert.Equal(HttpStatusCode.OK, (await app.GetAsync(new Uri(template.Replace("{searchTerms}", "cocoa")).PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task EveryPage_LinksTheDescription()
    {
        var page = await app.GetPageAsync("/");

        Assert.Equal("/opensearch.xml", page.Required("link[rel=search][type='application/opensearchdescription+xml']").GetAttribute("href"));
    }

    [Fact]
    public async Task Suggestions_CompleteTheLastWord_ThenOfferTitles()
    {
        var (query, suggestions) = await SuggestAsync("kazakh foreign mini");

        Assert.Equal("kazakh foreign mini", query);
        Assert.Equal("kazakh foreign minister", suggestions[0]);
        Assert.All(suggestions.TakeWhile(s => s.StartsWith("kazakh foreign ")), s => Assert.StartsWith("kazakh foreign mini", s));
        Assert.Contains(suggestions, s => s.Contains("Kazakh", StringComparison.OrdinalIgnoreCase) && !s.StartsWith("kazakh foreign"));
        Assert.True(suggestions.Count <= 8);
    }

    [Fact]
    public async Task Suggestions_OfCommonWordsComeMostFrequentFirst()
    {
        var (_, suggestions) = await SuggestAsync("coc");

        Assert.Equal("cocoa", suggestions[0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("c")]
    [InlineData("cocoa ")]
    [InlineData("\"unbalanced")]
    [InlineData("title:")]
    [InlineData("*")]
    [InlineData("<script>alert(1)</script>")]
    public async Task Suggestions_ForAnythingTyped_AreAJsonAnswer(string typed)
    {
        var (query, suggestions) = await SuggestAsync(typed);

        Assert.Equal(typed, query);
        Assert.True(suggestions.Count <= 8);
    }

    [Fact]
    public async Task Suggestions_ForATooLongQuery_AreABadRequest()
    {
        var response = await app.GetAsync("/suggest?q=" + new string('a', 1001));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<(string Query, IReadOnlyList<string> Suggestions)> SuggestAsync(string typed)
    {
        var response = await app.GetAsync("/suggest?q=" + Uri.EscapeDataString(typed));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-suggestions+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var answer = json.RootElement;
        Assert.Equal(4, answer.GetArrayLength());
        return (answer[0].GetString()!, answer[1].EnumerateArray().Select(s => s.GetString()!).ToList());
    }
}
