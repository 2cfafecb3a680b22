using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NewsArchive.Web.Browser.Tests;

/// <summary>A new search typed into the header on a filtered page keeps its filters; "Clear filters" drops them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HeaderSearchTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Reader_TypesANewSearchOnAFilteredPage_KeepsTheFilters_ThenClearsThem(bool javaScript)
    {
        var page = await fixture.NewPageAsync(javaScript);
        await page.GotoAsync("/search?q=cocoa&source=Reuters&kw=topics:cocoa&sort=oldest&dates=share");

        var box = page.Locator("header input[name=q]");
        await box.FillAsync("prices");
        await box.PressAsync("Enter");

        await page.WaitForURLAsync(new Regex(@"q=prices"));
        var kept = new Uri(page.Url).Query;
        Assert.Contains("source=Reuters", kept);
        Assert.Contains("kw=topics%3Acocoa", kept);
        Assert.Contains("sort=oldest", kept);
        Assert.Contains("dates=share", kept);
        await Assertions.Expect(page.Locator(".active-filters")).ToContainTextAsync("Source: Reuters");

        await page.Locator("header a.clear-filters").ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/search\?q=prices$"));
        await Assertions.Expect(page.Locator(".active-filters")).ToHaveCountAsync(0);
    }
}
