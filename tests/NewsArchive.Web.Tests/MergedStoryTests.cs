using System.Net;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>A story merged into another when a later report bridged them: every link to it still leads to its articles.</summary>
[Collection(WebCollection.Name)]
public sealed class MergedStoryTests(MergedStoryAppFixture app) : IClassFixture<MergedStoryAppFixture>
{
    [Fact]
    public void Fixture_TwoStoriesWereMerged()
    {
        Assert.NotEqual(app.Merged, app.Kept);
    }

    [Theory]
    [InlineData("/stories/{0}", "/stories/{1}")]
    [InlineData("/stories/{0}?a=x&b=y", "/stories/{1}?a=x&b=y")]
    [InlineData("/api/stories/{0}", "/api/stories/{1}")]
    [InlineData("/stories/{0}.csv?text=1", "/stories/{1}.csv?text=1")]
    public async Task MergedStory_RedirectsPermanently_ToTheStoryItIsPartOf(string from, string to)
    {
        var response = await app.GetAsync(string.Format(from, app.Merged));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(string.Format(to, app.Merged, app.Kept), response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task TheStoryItIsPartOf_ListsEveryReport()
    {
        var page = await app.GetPageAsync($"/stories/{app.Kept}");

        Assert.Equal(200, page.Status);
        Assert.Contains("5 versions", page.Html);
    }

    [Fact]
    public async Task AnIdNoStoryEverHad_IsStillNotFound()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.GetAsync("/stories/00000000000000aa")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.GetAsync("/api/stories/00000000000000aa")).StatusCode);
    }
}
