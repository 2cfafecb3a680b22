using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NewsArchive.Web.Browser.Tests;

/// <summary>What scripts add to the filters: dragging a span of dates, narrowing a long list as one types.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FacetInteractionTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToHaveCountOptions Wait = new() { Timeout = 10_000 };

    [Fact]
    public async Task Reader_DragsAcrossHistogramBars_ChoosesThatSpanOfDates()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/search?q=cocoa");
        var bars = page.Locator("figure.histogram svg a");
        await Assertions.Expect(bars).ToHaveCountAsync(9, Wait); // February to October 1987, by month
        var box = (await page.Locator("figure.histogram svg").BoundingBoxAsync())!;
        var barWidth = box.Width / 9;
        var y = box.Y + box.Height / 2;

        // From the March bar to the May bar.
        await page.Mouse.MoveAsync(box.X + barWidth * 1.5f, y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + barWidth * 3.5f, y, new() { Steps = 8 });
        await Assertions.Expect(page.Locator("figure.histogram svg a.in-range")).ToHaveCountAsync(3, Wait);
        await page.Mouse.UpAsync();

        await page.WaitForURLAsync(new Regex(@"q=cocoa.*from=1987-03-01&to=1987-05-31"));
        await Assertions.Expect(page.Locator(".active-filters")).ToContainTextAsync("Dates: 1 March 1987 – 31 May 1987");
    }

    [Fact]
    public async Task Reader_DragsBackwards_ChoosesTheSameSpan()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/search?q=cocoa");
        var box = (await page.Locator("figure.histogram svg").BoundingBoxAsync())!;
        var barWidth = box.Width / 9;
        var y = box.Y + box.Height / 2;

        await page.Mouse.MoveAsync(box.X + barWidth * 8.5f, y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + barWidth * 6.5f, y, new() { Steps = 8 });
        await page.Mouse.UpAsync();

        await page.WaitForURLAsync(new Regex(@"from=1987-08-01&to=1987-10-31"));
    }

    [Fact]
    public async Task Reader_TypesInTheFilterBox_TheListNarrowsWithoutReloading()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/search/facet/kw/places?q=prices");
        var values = page.Locator("#facet-all-values li");
        var all = await values.CountAsync();
        Assert.True(all > 20, $"only {all} places");

        await page.GetByLabel("Filter the values").PressSequentiallyAsync("germ");

        await Assertions.Expect(page.Locator("#facet-all-values li:visible")).ToHaveCountAsync(2, Wait);
        await Assertions.Expect(page.Locator("#facet-all-values li:visible .facet-label")).ToHaveTextAsync(new Regex[] { new("germany"), new("germany") });
        await Assertions.Expect(page.Locator(".facet-filter-status")).ToContainTextAsync($"2 of {all} contain");
        Assert.DoesNotContain("filter=", page.Url);

        // Enter does not reload the page (which would lose ticked boxes); ticking and applying chooses the value.
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "west-germany" }).CheckAsync();
        await page.GetByLabel("Filter the values").FillAsync("");
        await Assertions.Expect(page.Locator("#facet-all-values li:visible")).ToHaveCountAsync(all, Wait);
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply to the search" }).ClickAsync();

        await page.WaitForURLAsync(new Regex(@"/search\?q=prices.*kw=places%3Awest-germany"));
        await Assertions.Expect(page.Locator(".active-filters")).ToContainTextAsync("places: west-germany");
    }

    [Fact]
    public async Task Reader_WithoutJavaScript_FiltersTheListOnTheServer()
    {
        var page = await fixture.NewPageAsync(javaScript: false);
        await page.GotoAsync("/search/facet/kw/places?q=prices");

        await page.GetByLabel("Filter the values").FillAsync("germ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter", Exact = true }).ClickAsync();

        await page.WaitForURLAsync(new Regex(@"filter=germ"));
        await Assertions.Expect(page.Locator("#facet-all-values li")).ToHaveCountAsync(2, Wait);
    }

    [Fact]
    public async Task Reader_TicksTwoTopics_SeesArticlesOfEither()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/search");
        var before = await Total(page);

        await page.Locator("fieldset.keyword-facet input[value='topics:crude']").CheckAsync();
        await page.WaitForURLAsync(new Regex(@"kw=topics%3Acrude"));
        var crude = await Total(page);
        await page.Locator("fieldset.keyword-facet input[value='topics:trade']").CheckAsync();
        await page.WaitForURLAsync(new Regex(@"kw=topics%3Acrude.*kw=topics%3Atrade|kw=topics%3Atrade.*kw=topics%3Acrude"));
        var either = await Total(page);

        Assert.InRange(crude, 1, either - 1);
        Assert.InRange(either, crude + 1, before - 1);
        await Assertions.Expect(page.Locator(".active-filters li:not(.clear) a")).ToHaveCountAsync(2, Wait);
    }

    private static async Task<int> Total(IPage page) =>
        int.Parse(Regex.Match(await page.Locator("#results-heading").InnerTextAsync(), @"^[\d,]+").Value.Replace(",", ""));
}
