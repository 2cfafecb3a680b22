using NewsArchive.Core.Search;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>
/// A filter takes at most <see cref="SearchRequestReader.MaxValuesPerFilter"/> values, everywhere a
/// search is read, and a results page grows with the values chosen, not with their square (676
/// sources once made a page of 6.8 MB: each chip's link repeated every other choice).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class BoundedPageTests(ArchiveAppFixture app)
{
    private const int Limit = SearchRequestReader.MaxValuesPerFilter;

    [Theory]
    [InlineData("/api/search", "source")]
    [InlineData("/api/search", "kw")]
    [InlineData("/search.atom", "source")]
    [InlineData("/search.csv", "kw")]
    [InlineData("/search.jsonl", "source")]
    public async Task MachineReadSearch_WithTooManyValuesOfAFilter_Is400NamingIt(string path, string parameter)
    {
        var response = await app.GetAsync(path + "?q=cocoa&" + Values(parameter, Limit + 1));

        await ProblemAssert.BadParameterAsync(response, parameter);
    }

    [Theory]
    [InlineData("/search", "source")]
    [InlineData("/search", "kw")]
    [InlineData("/search/facet/source", "source")]
    public async Task Page_WithTooManyValuesOfAFilter_Is400NamingIt(string path, string parameter)
    {
        var page = await app.GetPageAsync(path + "?q=cocoa&" + Values(parameter, 676));

        Assert.Equal(400, page.Status);
        Assert.Contains($"{parameter} may be given at most {Limit} times (not 676)", page.Html);
    }

    [Fact]
    public async Task Search_WithTheMostValuesAllowed_IsAnswered()
    {
        var page = await app.GetPageAsync("/search?q=cocoa&" + Values("source", Limit) + "&" + Values("kw", Limit));

        Assert.Equal(200, page.Status);
    }

    [Fact]
    public async Task ResultsPage_GrowsWithTheChosenSourcesNotTheirSquare()
    {
        var ten = await app.GetPageAsync("/search?q=cocoa&" + Values("source", 10));
        var thirty = await app.GetPageAsync("/search?q=cocoa&" + Values("source", 30));
        var fifty = await app.GetPageAsync("/search?q=cocoa&" + Values("source", 50));

        // Links carrying the choices: as many with 50 as with 10 (the chips past 10 lead to the filters' form).
        static int Carrying(Page page) => page.All("a[href*='source=']").Count;
        Assert.Equal(Carrying(ten), Carrying(fifty));
        Assert.Contains(fifty.All("ul.active-filters li.more a"), a => a.TextContent.Contains("and 40 more sources") && a.GetAttribute("href") == "#filters");
        // Twenty more sources add as much the second time as the first: growth in a line, not a square.
        var (first, second) = (thirty.Html.Length - ten.Html.Length, fifty.Html.Length - thirty.Html.Length);
        Assert.True(second <= first * 1.1 + 500, $"20 more sources added {first} bytes, 20 more again {second}");
    }

    private static string Values(string parameter, int count) =>
        string.Join('&', Enumerable.Range(1, count).Select(i => parameter == "kw" ? $"kw=topics:value-{i}" : $"source=Outlet-{i}"));
}
