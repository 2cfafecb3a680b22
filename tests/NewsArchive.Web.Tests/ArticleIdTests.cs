using System.Net;
using System.Text.Json;
using NewsArchive.Core.Articles;
using NewsArchive.Web.Infrastructure;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>An id no article can have is answered 404 without a search, and not repeated back at length.</summary>
[Collection(WebCollection.Name)]
public sealed class ArticleIdTests(ArchiveAppFixture app)
{
    [Theory]
    [InlineData("reuters-1", true)]
    [InlineData("seeds/000_0991502cd2966729.txt", true)]
    [InlineData("<script>alert('id')</script>", true)]
    [InlineData("../../etc/passwd", true)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData(null, false)]
    public void CanExist_RefusesOnlyWhatTheIndexCannotHold(string? id, bool expected)
    {
        Assert.Equal(expected, ArticleIds.CanExist(id));
    }

    [Fact]
    public void CanExist_LongerThanATermOfTheIndex_IsFalse()
    {
        Assert.True(ArticleIds.CanExist(new string('a', WholeValueLimit.MaxBytes)));
        Assert.False(ArticleIds.CanExist(new string('a', WholeValueLimit.MaxBytes + 1)));
        Assert.False(ArticleIds.CanExist(new string('€', WholeValueLimit.MaxBytes / 3 + 1)));
    }

    [Theory]
    [InlineData("/api/articles/")]
    [InlineData("/api/stories/")]
    public async Task Api_WithAVeryLongId_Answers404Or400WithoutRepeatingItAll(string route)
    {
        var response = await app.GetAsync(route + new string('a', 10_000));

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{(int)response.StatusCode}");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("detail").GetString()!.Length < 300);
    }
}
