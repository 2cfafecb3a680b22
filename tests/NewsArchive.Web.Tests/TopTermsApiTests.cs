using System.Net;
using System.Text.Json;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>/api/terms and each series' words on /compare: the same words, each leading to the search with it added.</summary>
[Collection(WebCollection.Name)]
public sealed class TopTermsApiTests(ArchiveAppFixture app)
{
    private async Task<JsonDocument> TermsAsync(string query) => JsonDocument.Parse(await app.Client.GetStringAsync("/api/terms?" + query));

    [Fact]
    public async Task Terms_GiveTheNumbersBehindTheRanking_AndTheSearchWithEachWordAdded()
    {
        using var json = await TermsAsync("q=cocoa&source=Reuters&max=12");
        var root = json.RootElement;
        var terms = root.GetProperty("terms").EnumerateArray().ToList();

        Assert.Equal(12, terms.Count);
        Assert.Equal(root.GetProperty("total").GetInt32(), root.GetProperty("read").GetInt32());
        Assert.StartsWith($"Counted over all {root.GetProperty("total").GetInt32()} matches", root.GetProperty("note").GetString());
        var scores = terms.Select(t => t.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        foreach (var term in terms)
        {
            var word = term.GetProperty("term").GetString()!;
            Assert.True(term.GetProperty("matches").GetInt32() <= term.GetProperty("archive").GetInt32());
            Assert.True(term.GetProperty("matchesShare").GetDouble() > term.GetProperty("archiveShare").GetDouble(), word);
            var search = Link.Parse(term.GetProperty("searchUrl").GetString()!);
            Assert.Equal(("/search", $"cocoa {word}", "Reuters"), (search.Path, search["q"], search["source"]));
        }
        Assert.DoesNotContain(terms, t => t.GetProperty("term").GetString() == "cocoa");
    }

    [Theory]
    [InlineData("max=0", "max")]
    [InlineData("max=101", "max")]
    [InlineData("max=ten", "max")]
    [InlineData("seed=-1", "seed")]
    [InlineData("from=tomorrow", "from")]
    public async Task Mistakes_Are400NamingTheParameter(string query, string parameter)
    {
        using var response = await app.Client.GetAsync("/api/terms?q=cocoa&" + query);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(parameter, problem.RootElement.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task ComparePage_WithTerms_ListsEachSeriesWords_AsTheApiDoes_EachAddingToItsOwnSeries()
    {
        const string comparison = "q=cocoa&q=coffee&interval=year&terms=1";
        var page = await app.GetPageAsync("/compare?" + comparison);
        using var api = JsonDocument.Parse(await app.Client.GetStringAsync("/api/compare?" + comparison));
        using var coffee = await TermsAsync($"q=coffee&max=15");

        var lists = page.All(".coverage-terms .series-terms");
        Assert.Equal(2, lists.Count);
        var coffeeWords = lists[1].QuerySelectorAll("ol.terms li a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(coffee.RootElement.GetProperty("terms").EnumerateArray().Select(t => t.GetProperty("term").GetString()), coffeeWords);
        Assert.Equal(coffeeWords, api.RootElement.GetProperty("series")[1].GetProperty("terms").EnumerateArray().Select(t => t.GetProperty("term").GetString()));
        var adding = Link.Parse(lists[1].QuerySelector("ol.terms li a")!.GetAttribute("href")!);
        Assert.Equal(["cocoa", $"coffee {coffeeWords[0]}"], adding.All("q"));
        Assert.Equal("1", adding["terms"]);
    }

    [Fact]
    public async Task ComparePage_WithoutTerms_OffersThem()
    {
        var page = await app.GetPageAsync("/compare?q=cocoa");

        Assert.Null(page.One(".coverage-terms"));
        var offer = Link.Parse(page.All(".coverage-link a").Single().GetAttribute("href")!);
        Assert.Equal(("/compare", "cocoa", "1"), (offer.Path, offer["q"], offer["terms"]));
    }
}
