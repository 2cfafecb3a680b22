using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NewsArchive.Web.Browser.Tests;

/// <summary>Reading an article from a search: the keys step from match to match and keep the current one in view.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ArticleMatchKeysTests(BrowserFixture fixture)
{
    private static readonly Regex Current = new("current-match");

    [Fact]
    public async Task Reader_PressesN_MovesToTheNextMatchAndScrollsToIt()
    {
        var page = await fixture.NewPageAsync();

        // Opened from the results, the article starts at its first match. The oldest hit for
        // cocoa is the long "Bahia cocoa review".
        await page.GotoAsync("/search?q=cocoa&sort=oldest");
        var link = page.Locator(".hit h2 a").First;
        Assert.EndsWith("#m1", await link.GetAttributeAsync("href"));
        await link.ClickAsync();
        // Committed is enough: the assertions below wait for what they check. Waiting for the load
        // event as well once timed out on a busy machine, with the page already there.
        await page.WaitForURLAsync(new Regex("/articles/reuters-1\\?.*#m1$"), new() { WaitUntil = WaitUntilState.Commit });
        var current = page.Locator("article mark.current-match");
        await Assertions.Expect(current).ToHaveIdAsync("m1");
        var count = await page.Locator("article mark").CountAsync();
        Assert.True(count > 5, $"{count} matches");
        await Assertions.Expect(page.Locator(".match-position")).ToHaveTextAsync($"match 1 of {count}");

        await page.Keyboard.PressAsync("n");
        await Assertions.Expect(current).ToHaveIdAsync("m2");
        await Assertions.Expect(page.Locator("#m1")).Not.ToHaveClassAsync(Current);
        Assert.EndsWith("#m2", page.Url);

        // Step on to the last match, far down the article: the page scrolls to keep it in view.
        var top = await page.EvaluateAsync<double>("window.scrollY");
        for (var i = 3; i <= count; i++) await page.Keyboard.PressAsync("j");
        await Assertions.Expect(current).ToHaveIdAsync($"m{count}");
        await Assertions.Expect(page.Locator($"#m{count}")).ToBeInViewportAsync();
        Assert.True(await page.EvaluateAsync<double>("window.scrollY") > top, "the page scrolled down to the last match");
        await Assertions.Expect(current).ToHaveCountAsync(1);

        await page.Keyboard.PressAsync("p");
        await Assertions.Expect(current).ToHaveIdAsync($"m{count - 1}");
        await page.Keyboard.PressAsync("k");
        await Assertions.Expect(current).ToHaveIdAsync($"m{count - 2}");
    }

    [Fact]
    public async Task Reader_TypingInTheSearchBox_DoesNotStep()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/articles/reuters-1?q=cocoa#m1");
        var current = page.Locator("article mark.current-match");
        await Assertions.Expect(current).ToHaveIdAsync("m1");

        var box = page.Locator("header input[name=q]");
        await box.FocusAsync();
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.TypeAsync(" pnjk");

        await Assertions.Expect(box).ToHaveValueAsync("cocoa pnjk");
        await Assertions.Expect(current).ToHaveIdAsync("m1");
    }

    [Fact]
    public async Task Reader_WithoutJavaScript_FollowsTheNextMatchLinks()
    {
        var page = await fixture.NewPageAsync(javaScript: false);
        await page.GotoAsync("/articles/reuters-1?q=cocoa");

        await page.Locator("a.match-first").ClickAsync();
        await page.WaitForURLAsync(new Regex("#m1$"));
        await page.Locator("#m1 + .match-nav a[aria-label='Next match']").ClickAsync();
        await page.WaitForURLAsync(new Regex("#m2$"));
        await Assertions.Expect(page.Locator("#m2")).ToBeInViewportAsync();
    }
}
