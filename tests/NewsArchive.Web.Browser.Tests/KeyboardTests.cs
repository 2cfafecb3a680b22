using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NewsArchive.Web.Browser.Tests;

/// <summary>
/// A reader with only a keyboard: Tab, Shift+Tab, Enter, Space and arrow keys, never the mouse or
/// a scripted click. Searching, ticking a filter, choosing dates on the chart and turning the page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToHaveCountOptions Wait = new() { Timeout = 10_000 };

    [Fact]
    public async Task Home_TabsToTheSearchBox_TypesAndPressesEnter_GetsResults()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        Assert.True(await Keyboard.FocusedMatchesAsync(page, "input[name=q]"), "the home page's box has the focus on arrival");

        // From the start of the page, as when the browser or a screen reader ignores autofocus.
        await page.EvaluateAsync("() => document.activeElement.blur()");
        await Keyboard.TabToAsync(page, "input[name=q]");
        await page.Keyboard.TypeAsync("cocoa");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(new Regex(@"/search\?q=cocoa$"));
        await Assertions.Expect(page.Locator("#results-heading")).ToContainTextAsync("articles for");
    }

    [Fact]
    public async Task Results_SkipsToTheFilters_TicksASourceWithSpace_ResultsAreFiltered_FocusStaysOnTheBox()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/search?q=Tokayev");
        await Assertions.Expect(page.Locator(".hit")).ToHaveCountAsync(5, Wait);

        await Keyboard.TabToAsync(page, "a.skip-inline");
        await Assertions.Expect(page.Locator("a.skip-inline")).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");
        var presses = await Keyboard.TabToAsync(page, "input[name=source]");
        Assert.Equal(1, presses);
        var source = await Keyboard.FocusedAttributeAsync(page, "value");
        await page.Keyboard.PressAsync("Space");

        // Ticking applies at once (site.js); the new page puts the focus back on the box.
        await page.WaitForURLAsync(SourceInUrl(source));
        await Assertions.Expect(page.Locator(".active-filters")).ToContainTextAsync($"Source: {source}");
        Assert.True(await page.Locator(".hit").CountAsync() < 5);
        await Assertions.Expect(page.Locator($"form.facet-form input[name=source][value='{source}']")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator($"form.facet-form input[name=source][value='{source}']")).ToBeCheckedAsync();
    }

    [Fact]
    public async Task Histogram_TabsToTheChart_ArrowsToABar_EnterNarrowsTheDates()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/search?q=cocoa");
        await Assertions.Expect(page.Locator("figure.histogram svg a")).ToHaveCountAsync(9, Wait); // February to October 1987

        await Keyboard.TabToAsync(page, "figure.histogram svg a");
        Assert.StartsWith("1987-02:", await Keyboard.FocusedBarAsync(page));
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.StartsWith("1987-04:", await Keyboard.FocusedBarAsync(page));
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(new Regex(@"from=1987-04-01&to=1987-04-30"));
        await Assertions.Expect(page.Locator(".active-filters")).ToContainTextAsync("Dates: 1 April 1987 – 30 April 1987");
    }

    [Fact]
    public async Task Histogram_ShiftArrowsMarkASpan_EnterChoosesIt()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/search?q=cocoa");

        await Keyboard.TabToAsync(page, "figure.histogram svg a");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("Shift+ArrowRight");
        await page.Keyboard.PressAsync("Shift+ArrowRight");
        await Assertions.Expect(page.Locator("figure.histogram svg a.in-range")).ToHaveCountAsync(3, Wait);
        await Assertions.Expect(page.Locator(".histogram-hint")).ToContainTextAsync("1987-03 to 1987-05");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(new Regex(@"from=1987-03-01&to=1987-05-31"));
        await Assertions.Expect(page.Locator(".active-filters")).ToContainTextAsync("Dates: 1 March 1987 – 31 May 1987");
    }

    [Fact]
    public async Task Histogram_IsOneStopInTheTabOrder()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/search?q=cocoa");

        await Keyboard.TabToAsync(page, "figure.histogram svg a");
        await page.Keyboard.PressAsync("Tab");
        Assert.False(await Keyboard.FocusedMatchesAsync(page, "figure.histogram svg a"), "Tab leaves the chart");
        await page.Keyboard.PressAsync("Shift+Tab");
        Assert.StartsWith("1987-02:", await Keyboard.FocusedBarAsync(page));
    }

    [Fact]
    public async Task Paging_TabsToNext_EnterShowsPageTwo()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/search?q=prices");

        await Keyboard.TabToAsync(page, ".pagination a[rel=next]");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(new Regex(@"q=prices&page=2$"));
        await Assertions.Expect(page.Locator(".pagination [aria-current=page]")).ToHaveTextAsync("2");
        await Keyboard.TabToAsync(page, ".pagination a[rel=prev]");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex(@"q=prices$"));
    }

    [Fact]
    public async Task WithoutJavaScript_TicksWithSpace_AppliesWithEnter_AndFollowsABar()
    {
        var page = await fixture.NewPageAsync(javaScript: false);
        await page.GotoAsync("/search?q=Tokayev");

        await Keyboard.TabToAsync(page, "input[name=source]");
        var source = await Keyboard.FocusedAttributeAsync(page, "value");
        await page.Keyboard.PressAsync("Space");
        await Keyboard.TabToAsync(page, "button.apply");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(SourceInUrl(source));
        await Assertions.Expect(page.Locator(".active-filters")).ToContainTextAsync($"Source: {source}");

        // Without scripts every bar is a link of its own in the Tab order.
        await page.GotoAsync("/search?q=cocoa");
        await Keyboard.TabToAsync(page, "figure.histogram svg a");
        await page.Keyboard.PressAsync("Tab");
        Assert.StartsWith("1987-03:", await Keyboard.FocusedBarAsync(page));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex(@"from=1987-03-01&to=1987-03-31"));
    }

    // A form writes a space as "+", a link as "%20".
    private static Regex SourceInUrl(string source) =>
        new("source=" + Regex.Escape(Uri.EscapeDataString(source)).Replace("%20", @"(\+|%20)"));

    [Theory]
    [InlineData("a.skip-link", "the skip link")]
    [InlineData("form.search-box button", "a button")]
    [InlineData(".hit h2 a", "a result's link")]
    [InlineData("input[name=source]", "a checkbox")]
    [InlineData("figure.histogram svg a", "a histogram bar")]
    [InlineData("input[name=from]", "a date field")]
    [InlineData("button.apply", "the apply button")]
    public async Task FocusIsVisible(string selector, string what)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/search?q=Tokayev");

        await Keyboard.TabToAsync(page, selector);

        var ring = await page.EvaluateAsync<string>("""
            () => {
              const element = document.activeElement;
              const style = getComputedStyle(element);
              const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
              const shadow = style.boxShadow !== "none";
              // A histogram bar shows its focus as a frame round its slot.
              const slot = element.querySelector(".slot");
              const frame = slot !== null && getComputedStyle(slot).stroke !== "none";
              return element.matches(":focus-visible") && (outline || shadow || frame) ? "" : `${element.outerHTML.slice(0, 80)}: outline ${style.outlineStyle} ${style.outlineWidth}, box-shadow ${style.boxShadow}`;
            }
            """);
        Assert.True(ring == "", $"focus on {what} is not shown: {ring}");
    }
}
