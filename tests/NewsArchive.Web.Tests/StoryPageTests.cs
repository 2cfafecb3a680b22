using System.Net;
using System.Text.Json;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>Stories on the results page, the story page (the permalink) and the JSON API, on the bundled corpus.</summary>
[Collection(WebCollection.Name)]
public sealed class StoryPageTests(ArchiveAppFixture app)
{
    private async Task<string> SeedStoryIdAsync()
    {
        using var json = JsonDocument.Parse(await app.Client.GetStringAsync("/api/search?q=Tileuberdi"));
        return json.RootElement.GetProperty("hits")[0].GetProperty("story").GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task SearchPage_Kazakhstan_OnePerStory_ShowsOneStoryWithFiveOutlets()
    {
        var page = await app.GetPageAsync("/search?q=Kazakhstan&group=story");

        Assert.Equal(200, page.Status);
        Assert.Contains("4 stories", page.Required("#results-heading").TextContent);
        var seedHits = page.All("li.hit").Where(hit => hit.QuerySelector(".hit-story") is not null && hit.TextContent.Contains("Kazakhstan")).ToList();
        var story = Assert.Single(seedHits, hit => hit.QuerySelector(".hit-story summary")!.TextContent.Trim() == "4 other outlets");
        Assert.Equal(4, story.QuerySelectorAll(".hit-story li").Length);
    }

    [Fact]
    public async Task SearchPage_EveryArticle_ShowsEachSeedWithItsStory()
    {
        var page = await app.GetPageAsync("/search?q=Tileuberdi OR Tleuberdi");

        Assert.Equal(5, page.All("li.hit").Count);
        Assert.All(page.All("li.hit"), hit => Assert.Equal("4 other outlets", hit.QuerySelector(".hit-story summary")!.TextContent.Trim()));
        Assert.NotNull(page.One("nav.grouping a[href*='group=story']"));
    }

    [Fact]
    public async Task StoryPage_ListsTheFiveVersionsInOrder_MarksTheFirst_ComparesTwo_AndListsTheSpellings()
    {
        var id = await SeedStoryIdAsync();
        var page = await app.GetPageAsync($"/stories/{id}");

        Assert.Equal(200, page.Status);
        var rows = page.All(".versions-table tbody tr");
        Assert.Equal(5, rows.Count);
        Assert.Contains("First", rows[0].TextContent);
        Assert.Single(page.All(".versions-table .badge"));
        Assert.Contains("Global Times", rows[2].TextContent);
        Assert.Equal(2, page.All(".comparison .column").Count);
        Assert.NotEmpty(page.All(".comparison .passage.shared"));
        Assert.NotEmpty(page.All(".comparison .passage.unique"));
        var names = page.Required(".names").TextContent;
        Assert.Contains("Tileuberdi", names);
        Assert.Contains("Tleuberdi", names);
    }

    [Fact]
    public async Task StoryPage_ComparesTheVersionsChosenInTheLink()
    {
        var id = await SeedStoryIdAsync();
        var page = await app.GetPageAsync($"/stories/{id}?a={Uri.EscapeDataString(ArchiveAppFixture.SeedIds[3])}&b={Uri.EscapeDataString(ArchiveAppFixture.SeedIds[4])}");

        var titles = page.All(".comparison .column-title a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/articles/{ArchiveAppFixture.SeedIds[3]}", $"/articles/{ArchiveAppFixture.SeedIds[4]}"], titles);
    }

    [Theory]
    [InlineData("/stories/0000000000000000")]
    [InlineData("/stories/ffffffffffffffff")]
    [InlineData("/stories/not-a-story")]
    [InlineData("/stories/%3Cscript%3E")]
    public async Task StoryPage_UnknownOrMalformedId_IsNotFound(string url)
    {
        var response = await app.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ArticlePage_OfASeed_ListsTheOtherVersionsAndRelatedArticles()
    {
        var page = await app.GetPageAsync("/articles/" + ArchiveAppFixture.SeedIds[4]);

        Assert.Equal(4, page.All(".story-versions .versions li").Count);
        Assert.NotNull(page.One(".story-versions a[href^='/stories/']"));
        var related = page.All(".related .versions li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.DoesNotContain(related, href => ArchiveAppFixture.SeedIds.Any(seed => href == "/articles/" + seed));
    }

    [Fact]
    public async Task Api_Story_ListsItsMembersOldestFirst_AndTheSpellings()
    {
        var id = await SeedStoryIdAsync();
        using var json = JsonDocument.Parse(await app.Client.GetStringAsync($"/api/stories/{id}"));
        var root = json.RootElement;

        Assert.Equal(id, root.GetProperty("id").GetString());
        Assert.Equal($"/stories/{id}", root.GetProperty("url").GetString());
        var versions = root.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(ArchiveAppFixture.SeedIds.Order(StringComparer.Ordinal), versions.Select(v => v.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        Assert.True(versions[0].GetProperty("first").GetBoolean());
        var dates = versions.Select(v => v.GetProperty("date")).Where(d => d.ValueKind != JsonValueKind.Null).Select(d => d.GetDateTimeOffset()).ToList();
        Assert.Equal(dates.Order(), dates);
        Assert.Contains(root.GetProperty("names").EnumerateArray(), name => name.EnumerateArray().Any(s => s.GetProperty("spelling").GetString() == "Tleuberdi"));
    }

    [Fact]
    public async Task Api_Search_HitsCarryTheirStory_AndOnePerStoryCountsStories()
    {
        using var json = JsonDocument.Parse(await app.Client.GetStringAsync("/api/search?q=Kazakhstan&group=story&size=100"));
        var root = json.RootElement;

        Assert.True(root.GetProperty("onePerStory").GetBoolean());
        Assert.Equal(root.GetProperty("stories").GetInt32(), root.GetProperty("hits").GetArrayLength());
        // One hit stands for the seeds' story (Reuters has stories of its own about Kazakhstan).
        var story = Assert.Single(root.GetProperty("hits").EnumerateArray(), h => h.GetProperty("id").GetString()!.StartsWith("seeds/", StringComparison.Ordinal));
        Assert.Equal(5, story.GetProperty("story").GetProperty("size").GetInt32());
        Assert.Equal(5, story.GetProperty("story").GetProperty("outlets").GetInt32());
    }

    [Theory]
    [InlineData("/api/stories/xyz", 400)]
    [InlineData("/api/stories/0123456789abcdef", 404)]
    [InlineData("/api/search?q=Kazakhstan&group=everything", 400)]
    public async Task Api_BadStoryParameters_GetProblemDetails(string url, int status)
    {
        var response = await app.GetAsync(url);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
