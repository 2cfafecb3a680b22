using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NewsArchive.Web.Browser.Tests;

/// <summary>What a reader does: search, pick a source, narrow the dates, read an article, go back.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchJourneyTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToHaveCountOptions Wait = new() { Timeout = 10_000 };

    [Fact]
    public async Task Reader_SearchesFiltersReadsAndGoesBack()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/");
        // A search box with suggestions is a combobox to assistive technology.
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Search the archive" }).FillAsync("cocoa");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex(@"/search\?q=cocoa$"));
        var allHeading = await page.Locator("#results-heading").InnerTextAsync();
        Assert.Matches(@"^\d+ articles for", allHeading);
        Assert.True(await page.Locator(".hit mark").CountAsync() > 0, "the query's words are marked in the hits");

        // Choosing a source applies at once (script enhancement).
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Reuters" }).CheckAsync();
        await page.WaitForURLAsync(new Regex(@"source=Reuters"));
        await Assertions.Expect(page.Locator(".active-filters")).ToContainTextAsync("Source: Reuters");

        // Narrow the dates with the from/to fields.
        await page.GetByLabel("From", new() { Exact = true }).FillAsync("1987-03-01");
        await page.GetByLabel("To", new() { Exact = true }).FillAsync("1987-03-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"from=1987-03-01.*to=1987-03-31"));
        var narrowed = await page.Locator("#results-heading").InnerTextAsync();
        Assert.True(Count(narrowed) < Count(allHeading), $"\"{narrowed}\" should be fewer than \"{allHeading}\"");
        foreach (var date in await page.Locator(".hit time").AllAsync())
            Assert.StartsWith("1987-03", await date.GetAttributeAsync("datetime"));

        // Open the first hit, then come back to the same results.
        var resultsUrl = page.Url;
        var firstTitle = await page.Locator(".hit h2 a").First.InnerTextAsync();
        await page.Locator(".hit h2 a").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/articles/"));
        await Assertions.Expect(page.Locator("article h1")).ToHaveTextAsync(firstTitle);
        Assert.True(await page.Locator(".article-body mark, article h1 mark").CountAsync() > 0);

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to results" }).ClickAsync();
        await page.WaitForURLAsync(resultsUrl);
        await Assertions.Expect(page.Locator("#results-heading")).ToHaveTextAsync(narrowed);

        // The browser's own back button works too.
        await page.GoBackAsync();
        await page.WaitForURLAsync(new Regex("/articles/"));
        await page.GoBackAsync();
        await page.WaitForURLAsync(resultsUrl);
    }

    [Fact]
    public async Task Reader_WithoutJavaScript_FiltersWithTheApplyButton()
    {
        var page = await fixture.NewPageAsync(javaScript: false);

        await page.GotoAsync("/search?q=Tokayev");
        await Assertions.Expect(page.Locator(".hit")).ToHaveCountAsync(5, Wait);
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "TDI" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("source=TDI"));
        await Assertions.Expect(page.Locator(".hit")).ToHaveCountAsync(1, Wait);

        await page.GetByRole(AriaRole.Link, new() { Name = "Remove filter: source TDI" }).ClickAsync();
        await Assertions.Expect(page.Locator(".hit")).ToHaveCountAsync(5, Wait);
    }

    [Fact]
    public async Task Reader_ClicksHistogramBar_NarrowsToThatPeriod()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/search?q=cocoa");
        await page.Locator(".histogram svg a").First.ClickAsync();
        await page.WaitForURLAsync(new Regex(@"from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}"));
        await Assertions.Expect(page.Locator(".active-filters")).ToContainTextAsync("Dates:");
    }

    [Fact]
    public async Task Reader_OnKeyboard_ReachesSearchAndResults()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/search?q=cocoa");
        await page.Keyboard.PressAsync("/");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("coffee");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex(@"q=coffee"));
        await Assertions.Expect(page.Locator("#results-heading")).ToContainTextAsync("coffee");
    }

    private static int Count(string heading) => int.Parse(Regex.Match(heading, @"^[\d,]+").Value.Replace(",", ""));
}
