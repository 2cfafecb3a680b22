using System.Net;
using NewsArchive.Core.Search;
using NewsArchive.Web.Exports;
using NewsArchive.Web.Pages;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>
/// Each bound at its edge, on every endpoint it holds for: the query's length, the depth of
/// paging, the page size, the feed's entries, the export's articles and the facet filter's
/// length. The last allowed value is answered; one past it is a 400 naming the parameter.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class LimitTests(ArchiveAppFixture app)
{
    private static readonly string LongestQuery = new('a', QueryText.MaxLength);
    private static readonly string TooLongQuery = new('a', QueryText.MaxLength + 1);
    private static readonly string LongestFilter = new('a', FacetValuesModel.MaxFilterLength);
    private static readonly string TooLongFilter = new('a', FacetValuesModel.MaxFilterLength + 1);

    public static TheoryData<string, string> Edges => new()
    {
        { "q=" + LongestQuery, "q=" + TooLongQuery },
        // The deepest page: hit 10,000 at any page size, and not one page further.
        { $"size={SearchRequest.MaxPageSize}&page={SearchRequest.MaxResultWindow / SearchRequest.MaxPageSize}", $"size={SearchRequest.MaxPageSize}&page={SearchRequest.MaxResultWindow / SearchRequest.MaxPageSize + 1}" },
        { $"page={SearchRequest.MaxResultWindow / 10}", $"page={SearchRequest.MaxResultWindow / 10 + 1}" },
        { $"size=7&page={SearchRequest.MaxResultWindow / 7}", $"size=7&page={SearchRequest.MaxResultWindow / 7 + 1}" },
        { $"size={SearchRequest.MaxPageSize}", $"size={SearchRequest.MaxPageSize + 1}" },
    };

    [Theory]
    [MemberData(nameof(Edges))]
    public async Task SearchPageAndApi_AnswerTheEdgeAndRefuseOnePast(string allowed, string refused)
    {
        foreach (var path in new[] { "/search", "/api/search" })
        {
            Assert.Equal(HttpStatusCode.OK, (await app.GetAsync($"{path}?{allowed}")).StatusCode);
            var response = await app.GetAsync($"{path}?{refused}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
        await ProblemAssert.BadParameterAsync(await app.GetAsync($"/api/search?{refused}"), refused.Split('&')[^1].Split('=')[0]);
    }

    [Theory]
    [InlineData("/search.atom")]
    [InlineData("/search.csv")]
    [InlineData("/search.jsonl")]
    [InlineData("/suggest")]
    [InlineData("/search/facet/source")]
    public async Task EveryOtherReaderOfTheQuery_RefusesOnePastItsLength(string path)
    {
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync($"{path}?q={LongestQuery}")).StatusCode);
        var response = await app.GetAsync($"{path}?q={TooLongQuery}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        if (path != "/search/facet/source") await ProblemAssert.BadParameterAsync(response, "q");
    }

    [Fact]
    public async Task Feed_RefusesMoreEntriesThanAPage()
    {
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync($"/search.atom?q=cocoa&size={SearchRequest.MaxPageSize}")).StatusCode);
        await ProblemAssert.BadParameterAsync(await app.GetAsync($"/search.atom?q=cocoa&size={SearchRequest.MaxPageSize + 1}"), "size");
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("jsonl")]
    public async Task Export_AnswersItsCapAndRefusesOnePast(string extension)
    {
        var capped = await app.GetAsync($"/search.{extension}?limit={ExportOptions.MaxArticles}");
        Assert.Equal(HttpStatusCode.OK, capped.StatusCode);
        // The whole archive matches; the file holds the cap and says the total.
        Assert.Equal(ArchiveAppFixture.ArticleCount.ToString(), Assert.Single(capped.Headers.GetValues("X-Total-Count")));
        var lines = (await capped.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length < ExportOptions.MaxArticles + 20, $"{lines.Length} lines");

        await ProblemAssert.BadParameterAsync(await app.GetAsync($"/search.{extension}?limit={ExportOptions.MaxArticles + 1}"), "limit");
    }

    [Fact]
    public async Task FacetFilter_AnswersItsLongestAndRefusesOnePast()
    {
        Assert.Equal(200, (await app.GetPageAsync($"/search/facet/source?filter={LongestFilter}")).Status);
        var page = await app.GetPageAsync($"/search/facet/source?filter={TooLongFilter}");

        Assert.Equal(400, page.Status);
        Assert.Equal("filter", page.Required("main .message.error strong").TextContent.Trim());
    }
}
