using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NewsArchive.Web.Browser.Tests;

/// <summary>
/// axe-core on every kind of page, each in a fresh page: as it loads, and again with every
/// disclosure (a hit's other versions, the histogram's table, the citation) opened.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/search")]
    [InlineData("/search?q=cocoa")]
    [InlineData("/search?q=cocoa&source=Reuters&from=1987-03-01&to=1987-08-31&kw=places%3Abrazil&sort=newest")]
    [InlineData("/search?q=cocoa&dates=share&sort=oldest&exact=1")]
    [InlineData("/search?q=Kazakhstan&group=story")]
    [InlineData("/search?q=prices&page=2")]
    [InlineData("/search?q=prices&page=999")]
    [InlineData("/search?q=kazakstan")]
    [InlineData("/search?q=Tileuberdi")]
    [InlineData("/search?q=c%3Fcoa")]
    [InlineData("/help")]
    [InlineData("/help/api")]
    [InlineData("/search/facet/source?q=Kazakhstan")]
    [InlineData("/search/facet/kw/places?q=prices")]
    [InlineData("/search/facet/kw/places?q=prices&filter=germ")]
    [InlineData("/search/facet/kw/places?q=prices&filter=zzzz")]
    [InlineData("/articles/nope")]
    [InlineData("/search?sort=sideways")]
    [InlineData("/search/facet/nothing")]
    [InlineData("/search?q=cocoa&sort=random&seed=5")]
    [InlineData("/compare")]
    [InlineData("/compare?q=cocoa&q=coffee&q=sugar&interval=month&measure=share&terms=1")]
    [InlineData("/compare?q=cocoa&by=kw%3Aplaces&interval=year&source=Reuters")]
    [InlineData("/compare?q=zzxqvj")]
    [InlineData("/compare?interval=fortnight")]
    public async Task Page_HasNoSeriousViolations(string path)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(path);

        await CheckAsLoadedAndOpenedAsync(page);
    }

    [Fact]
    public async Task ArticleReachedFromASearch_WithItsMatchesMarked_HasNoSeriousViolations()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/search?q=cocoa");
        await page.GotoAsync(await page.Locator(".hit h2 a").First.GetAttributeAsync("href") ?? "");
        Assert.True(await page.Locator(".article-body mark").CountAsync() > 1, "the article shows its matches");

        await CheckAsLoadedAndOpenedAsync(page);
    }

    [Fact]
    public async Task ArticleInAStory_HasNoSeriousViolations()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/search?q=Tileuberdi");
        await page.GotoAsync(await page.Locator(".hit h2 a").First.GetAttributeAsync("href") ?? "");
        await Assertions.Expect(page.Locator(".story-versions")).ToBeVisibleAsync();

        await CheckAsLoadedAndOpenedAsync(page);
    }

    [Fact]
    public async Task StoryPage_AndItsSideBySideComparison_HaveNoSeriousViolations()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/search?q=Tileuberdi");
        var story = await page.Locator(".hit-story a[href^='/stories/']").First.GetAttributeAsync("href") ?? "";
        await page.GotoAsync(story);
        await Assertions.Expect(page.Locator(".comparison .column")).ToHaveCountAsync(2);
        await CheckAsLoadedAndOpenedAsync(page);

        // Another pair, chosen from the table.
        await page.GotoAsync(await page.Locator(".compare-links a").Last.GetAttributeAsync("href") ?? "");
        await page.WaitForURLAsync(new Regex(@"/stories/\w+\?a=.*&b="));
        await CheckAsLoadedAndOpenedAsync(page);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=cocoa")]
    public async Task SearchBox_WithSuggestionsOffered_HasNoSeriousViolations(string path)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(path);
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search the archive" });
        await box.FillAsync("");
        await box.PressSequentiallyAsync("coc");
        var list = page.Locator("#" + await box.GetAttributeAsync("list") + " option");
        await Assertions.Expect(list.First).ToHaveAttributeAsync("value", "cocoa", new() { Timeout = 10_000 });

        await AxeCheck.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Histogram_WhileABarHasFocus_HasNoSeriousViolations()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/search?q=cocoa");
        await page.Locator("figure.histogram svg a").Nth(2).FocusAsync();

        await AxeCheck.AssertNoSeriousViolationsAsync(page);
    }

    private static async Task CheckAsLoadedAndOpenedAsync(IPage page)
    {
        await AxeCheck.AssertNoSeriousViolationsAsync(page);
        if (await page.Locator("details:not([open])").CountAsync() == 0) return;
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        await AxeCheck.AssertNoSeriousViolationsAsync(page);
    }
}
