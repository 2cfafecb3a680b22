using System.Net;
using System.Text.Json;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>Any two articles compared (/articles/compare, /api/articles/compare), on the bundled corpus; and the links that lead there.</summary>
[Collection(WebCollection.Name)]
public sealed class CompareArticlesTests(ArchiveAppFixture app)
{
    // A cocoa report of a story and a related one outside that story: they share two sentences.
    private const string StoryMember = "reuters-10505", Outsider = "reuters-13462";

    private static string Compare(string? a, string? b, string path = "/articles/compare") =>
        path + (a is null ? "?" : $"?a={Uri.EscapeDataString(a)}&") + (b is null ? "" : $"b={Uri.EscapeDataString(b)}");

    private async Task<string> StoryOfAsync(string id)
    {
        using var json = JsonDocument.Parse(await app.Client.GetStringAsync("/api/articles/" + id));
        return json.RootElement.GetProperty("story").GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Page_TwoArticlesOfDifferentStories_ShowsBothWithTheSentencesTheyShare()
    {
        using var outsider = JsonDocument.Parse(await app.Client.GetStringAsync("/api/articles/" + Outsider));
        var outsiderStory = outsider.RootElement.GetProperty("story");
        Assert.True(outsiderStory.ValueKind == JsonValueKind.Null || outsiderStory.GetProperty("id").GetString() != await StoryOfAsync(StoryMember));

        var page = await app.GetPageAsync(Compare(StoryMember, Outsider));

        Assert.Equal(200, page.Status);
        Assert.Equal(["/articles/" + StoryMember, "/articles/" + Outsider], page.All(".compared-articles li > a").Select(a => a.GetAttribute("href")));
        Assert.All(page.All(".compared-articles .source"), source => Assert.Equal("Reuters", source.TextContent));
        Assert.Equal(2, page.All(".comparison .column").Count);
        Assert.NotEmpty(page.All(".comparison .column")[0].QuerySelectorAll(".passage.shared"));
        Assert.NotEmpty(page.All(".comparison .column")[1].QuerySelectorAll(".passage.shared"));
        Assert.NotEmpty(page.All(".comparison .passage.unique"));
        Assert.Equal(Compare(Outsider, StoryMember), page.Required(".swap a").GetAttribute("href"));
    }

    [Fact]
    public async Task Page_TwoVersionsSpellingTheMinisterTwoWays_ListsBothSpellingsWithTheirOutlets()
    {
        // The Global Times writes Tileuberdi; the other, of no known outlet, Tleuberdi.
        var page = await app.GetPageAsync(Compare(ArchiveAppFixture.SeedIds[4], ArchiveAppFixture.SeedIds[2]));

        var name = Assert.Single(page.All(".names li")).TextContent;
        Assert.Matches(@"Tileuberdi\s*\(Global Times\)", name);
        Assert.Matches(@"Tleuberdi\s*\(source unknown\)", name);
    }

    [Theory]
    [InlineData(null, "x", "a")]
    [InlineData("", "x", "a")]
    [InlineData("reuters-1", null, "b")]
    [InlineData("reuters-1", "  ", "b")]
    public async Task Page_AMissingId_Is400_NamingIt_WithAFormForTwoIds(string? a, string? b, string missing)
    {
        var page = await app.GetPageAsync(Compare(a, b));

        Assert.Equal(400, page.Status);
        Assert.Contains($"as {missing} ({missing}=", page.Required(".message.error").TextContent);
        Assert.NotNull(page.One("form.compare-form input[name=a]"));
        Assert.NotNull(page.One("form.compare-form input[name=b]"));
        Assert.Empty(page.All(".comparison"));
    }

    [Theory]
    [InlineData("reuters-1", "no-such-article", "no-such-article")]
    [InlineData("no-such-article", "reuters-1", "no-such-article")]
    [InlineData("../../etc/passwd", "reuters-1", "../../etc/passwd")]
    [InlineData("nothing", "nothing", "nothing")]
    public async Task Page_AnUnknownId_Is404_SayingWhichId_AndComparesNothingElse(string a, string b, string unknown)
    {
        var page = await app.GetPageAsync(Compare(a, b));

        Assert.Equal(404, page.Status);
        Assert.Equal($"No article with id '{unknown}'.", page.Required(".message.error").TextContent);
        Assert.Empty(page.All(".comparison"));
    }

    [Fact]
    public async Task Page_OneArticleTwice_SaysItIsOneArticle()
    {
        var page = await app.GetPageAsync(Compare("reuters-1", "reuters-1"));

        Assert.Equal(200, page.Status);
        Assert.Contains("the same article", page.Required(".message").TextContent);
        Assert.Empty(page.All(".comparison"));
    }

    [Fact]
    public async Task Page_AnArticleWithIdCompare_IsStillAnArticlePage()
    {
        // The comparison's path is a literal segment beside the articles' catch-all: an id under it still reads as one.
        var response = await app.GetAsync("/articles/compare/nothing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync("/articles/" + StoryMember)).StatusCode);
    }

    [Fact]
    public async Task Api_TwoArticles_AnswersBothSidesSentenceBySentence()
    {
        using var json = JsonDocument.Parse(await app.Client.GetStringAsync(Compare(StoryMember, Outsider, "/api/articles/compare")));
        var root = json.RootElement;

        Assert.Equal(StoryMember, root.GetProperty("left").GetProperty("id").GetString());
        Assert.Equal(Outsider, root.GetProperty("right").GetProperty("id").GetString());
        Assert.Equal(Compare(StoryMember, Outsider), root.GetProperty("url").GetString());
        foreach (var side in new[] { root.GetProperty("left"), root.GetProperty("right") })
        {
            var sentences = side.GetProperty("paragraphs").EnumerateArray().SelectMany(p => p.EnumerateArray()).ToList();
            Assert.Equal(side.GetProperty("sharedSentences").GetInt32(), sentences.Count(s => s.GetProperty("shared").GetBoolean()));
            Assert.True(side.GetProperty("sharedSentences").GetInt32() > 0);
            Assert.Equal(0, side.GetProperty("leftOut").GetInt32());
        }
    }

    [Fact]
    public async Task Api_Names_GiveEachSpellingsArticlesAndOutlets()
    {
        using var json = JsonDocument.Parse(await app.Client.GetStringAsync(Compare(ArchiveAppFixture.SeedIds[4], ArchiveAppFixture.SeedIds[2], "/api/articles/compare")));

        var spellings = Assert.Single(json.RootElement.GetProperty("names").EnumerateArray()).EnumerateArray()
            .ToDictionary(s => s.GetProperty("spelling").GetString()!, s => (Articles: s.GetProperty("articles").EnumerateArray().Select(a => a.GetString()).ToList(), Outlets: s.GetProperty("outlets").EnumerateArray().Select(o => o.GetString()).ToList()));
        Assert.Equal([ArchiveAppFixture.SeedIds[4]], spellings["Tileuberdi"].Articles);
        Assert.Equal(["Global Times"], spellings["Tileuberdi"].Outlets);
        Assert.Equal([ArchiveAppFixture.SeedIds[2]], spellings["Tleuberdi"].Articles);
        Assert.Equal([null], spellings["Tleuberdi"].Outlets);
    }

    [Theory]
    [InlineData(null, "reuters-1", "a")]
    [InlineData("reuters-1", "", "b")]
    [InlineData("reuters-1", "reuters-1", "b")]
    public async Task Api_MissingOrSameIds_AreProblemDetails400(string? a, string? b, string parameter)
    {
        await ProblemAssert.BadParameterAsync(await app.GetAsync(Compare(a, b, "/api/articles/compare")), parameter);
    }

    [Fact]
    public async Task Api_AnUnknownId_IsProblemDetails404_NamingIt()
    {
        var response = await app.GetAsync(Compare("reuters-1", "no-such-article", "/api/articles/compare"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("No article with id 'no-such-article'.", problem.RootElement.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/articles/compare")]
    [InlineData("/api/articles/compare")]
    public async Task Head_AnswersAsGetDoes(string path)
    {
        var url = Compare(StoryMember, Outsider, path);
        using var get = await app.Client.GetAsync(url);
        using var head = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task StoryPage_AnArticleOfAnotherStory_RedirectsToTheComparisonOfAnyTwo()
    {
        var story = await StoryOfAsync(StoryMember);

        var response = await app.GetAsync($"/stories/{story}?a={StoryMember}&b={ArchiveAppFixture.SeedIds[1]}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Compare(StoryMember, ArchiveAppFixture.SeedIds[1]), response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task StoryPage_AnUnknownId_RedirectsToTheComparisonThatSaysItIsUnknown()
    {
        var story = await StoryOfAsync(StoryMember);

        var response = await app.GetAsync($"/stories/{story}?a=no-such-article&b={StoryMember}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await app.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal(404, page.Status);
        Assert.Equal("No article with id 'no-such-article'.", page.Required(".message.error").TextContent);
    }

    [Fact]
    public async Task StoryPage_ItsOwnVersions_AreComparedThere()
    {
        var story = await StoryOfAsync(ArchiveAppFixture.SeedIds[0]);

        var response = await app.GetAsync($"/stories/{story}?a={Uri.EscapeDataString(ArchiveAppFixture.SeedIds[1])}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ArticlePage_EachOtherVersionAndRelatedArticle_LinksToItsComparisonWithThisOne()
    {
        var id = ArchiveAppFixture.SeedIds[4];
        var page = await app.GetPageAsync("/articles/" + id);

        foreach (var list in new[] { ".story-versions", ".related" })
        {
            var items = page.All($"{list} .versions li");
            Assert.NotEmpty(items);
            Assert.All(items, item =>
            {
                var other = item.QuerySelector("a")!.GetAttribute("href")!["/articles/".Length..];
                Assert.Equal(Compare(id, Uri.UnescapeDataString(other)), item.QuerySelector("a.compare")!.GetAttribute("href"));
            });
        }
    }

    [Fact]
    public async Task SearchPage_StoryLists_OfferNoComparison()
    {
        var page = await app.GetPageAsync("/search?q=Tileuberdi");

        Assert.NotEmpty(page.All(".hit-story .versions li"));
        Assert.Empty(page.All(".hit-story a.compare"));
    }
}
