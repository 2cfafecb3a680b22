using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NewsArchive.Web.Browser.Tests;

/// <summary>
/// The compare page with only a keyboard: from a results page to the comparison, a second series
/// typed and the measure and interval chosen in the form, and a count of the table followed to its
/// articles; and with scripts off, the same form and links work.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CompareKeyboardTests(BrowserFixture fixture)
{
    [Fact]
    public async Task FromResults_ToAComparison_OfTwoSeries_ByKeyboardOnly()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/search?q=cocoa");

        await Keyboard.TabToAsync(page, ".coverage-link a");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex(@"/compare\?q=cocoa$"));

        // The second box, a word, then the measure (arrow keys move between the radio buttons) and the interval.
        await Keyboard.TabToAsync(page, "input#q2");
        await page.Keyboard.TypeAsync("coffee");
        await Keyboard.TabToAsync(page, "select[name=interval]");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await Keyboard.TabToAsync(page, "input[name=measure]");
        await page.Keyboard.PressAsync("ArrowDown");
        await Keyboard.TabToAsync(page, ".coverage-form button[type=submit]");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(new Regex(@"/compare\?.*q=cocoa&q=coffee.*interval=month.*measure=share"));
        await Assertions.Expect(page.Locator(".coverage-legend li")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".coverage-chart polyline").First).ToBeVisibleAsync();

        // The table scrolls on its own when it must, so it is a Tab stop; then its first count leads to those articles.
        await Keyboard.TabToAsync(page, ".coverage-table");
        await Keyboard.TabToAsync(page, ".coverage-table tbody td a");
        var count = (await page.EvaluateAsync<string>("() => document.activeElement.textContent")).Trim();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex(@"/search\?q=cocoa&from=.*&to=.*"));
        await Assertions.Expect(page.Locator("#results-heading")).ToContainTextAsync($"{count} article");
    }

    [Fact]
    public async Task WithoutScripts_TheFormSplitsASearchByAFacet()
    {
        var page = await fixture.NewPageAsync(javaScript: false);
        await page.GotoAsync("/compare?q=cocoa");

        await page.SelectOptionAsync("select[name=by]", "kw:places");
        await page.SelectOptionAsync("select[name=interval]", "year");
        await page.ClickAsync(".coverage-form button[type=submit]");

        await page.WaitForURLAsync(new Regex(@"by=kw%3Aplaces"));
        Assert.Equal(6, await page.Locator(".coverage-legend li").CountAsync());
        Assert.True(await page.Locator(".coverage-table tbody tr").CountAsync() > 0);
    }
}
