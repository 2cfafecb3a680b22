using System.Text.Json;
using Microsoft.Playwright;

namespace NewsArchive.Web.Browser.Tests;

/// <summary>
/// On a phone (390 CSS pixels, an iPhone's width) every kind of page fits the screen: nothing
/// scrolls sideways. And the filters, which come after every result on a narrow screen, are one
/// visible link away from the top of the results.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneTests(BrowserFixture fixture)
{
    private const int PhoneWidth = 390;

    public static TheoryData<string> Pages => new()
    {
        "/",
        "/search?q=cocoa",
        "/search?q=cocoa&source=Reuters&kw=topics:cocoa&kw=places:uk&from=1987-01-01&to=1987-12-31&dates=share",
        "/search?q=tokayev&group=story",
        "/search?q=cocoa&page=999",
        "/search/facet/source?q=cocoa",
        "/search/facet/kw/topics",
        "/articles/reuters-1?q=cocoa",
        "/articles/seeds/000_0991502cd2966729.txt",
        "story",
        "/help",
        "/help/api",
        "/compare?q=cocoa&q=coffee&q=sugar&q=wheat&q=oil&q=gold&interval=week&measure=share&terms=1",
        "/compare?q=cocoa&by=kw:places&kw=topics:cocoa",
        "/compare?interval=fortnight",
        "/search?page=0",
        "/no-such-page",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_OnAPhone_FitsItsWidth(string url)
    {
        var page = await fixture.NewPageAsync(width: PhoneWidth);
        if (url == "story") url = await StoryUrlAsync(page);

        await page.GotoAsync(url);

        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= PhoneWidth, $"{url} is {width} px wide on a {PhoneWidth} px screen; past its edge: {await OverflowingAsync(page)}");
    }

    [Fact]
    public async Task Results_OnAPhone_HaveAVisibleLinkToTheFiltersNearTheTop()
    {
        var page = await fixture.NewPageAsync(width: PhoneWidth);
        await page.GotoAsync("/search?q=cocoa");

        var link = page.Locator("a.filters-link");
        await Assertions.Expect(link).ToBeVisibleAsync();
        var linkTop = (await link.BoundingBoxAsync())!.Y;
        var firstHit = (await page.Locator(".hit").First.BoundingBoxAsync())!.Y;
        Assert.True(linkTop < firstHit, "the link comes before the first result");
        await link.ClickAsync();
        await page.WaitForURLAsync("**#filters");
        var filters = (await page.Locator("#filters").BoundingBoxAsync())!;
        Assert.InRange(filters.Y, -1, 1000);
    }

    [Fact]
    public async Task Results_OnADesktop_ShowTheFiltersBesideThemWithoutTheLink()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/search?q=cocoa");

        await Assertions.Expect(page.Locator("a.filters-link")).ToBeHiddenAsync();
    }

    // The innermost elements that reach past the screen's right edge, to say what to fix.
    private static Task<string> OverflowingAsync(IPage page) => page.EvaluateAsync<string>("""
        () => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
            .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5))
            .slice(0, 8)
            .map(e => `${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\s+/g, '.') : ''} (${Math.round(e.getBoundingClientRect().right)} px)`)
            .join(', ')
        """);

    // A story the bundled corpus reports more than once, found through the API.
    private static async Task<string> StoryUrlAsync(IPage page)
    {
        var response = await page.APIRequest.GetAsync("/api/search?q=tokayev&group=story");
        using var json = JsonDocument.Parse(await response.TextAsync());
        return json.RootElement.GetProperty("hits").EnumerateArray()
            .Select(h => h.GetProperty("story"))
            .First(s => s.ValueKind == JsonValueKind.Object)
            .GetProperty("url").GetString()!;
    }
}
