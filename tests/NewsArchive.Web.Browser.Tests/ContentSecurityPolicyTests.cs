using Microsoft.Playwright;

namespace NewsArchive.Web.Browser.Tests;

/// <summary>The pages work under their Content-Security-Policy: the browser reports no violation on any of them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task EveryPage_LoadsWithoutAViolation()
    {
        var page = await fixture.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add($"{page.Url}: {message.Text}");
        };

        foreach (var url in new[] { "/", "/search?q=cocoa&source=Reuters", "/articles/reuters-1?q=cocoa#m1", "/help", "/help/api" })
        {
            await page.GotoAsync(url);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }
        // Scripts run under the policy: typing fetches suggestions, and the histogram's script works.
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Search the archive" }).PressSequentiallyAsync("coc");
        await Assertions.Expect(page.Locator("datalist option").First).ToHaveAttributeAsync("value", "cocoa", new() { Timeout = 10_000 });

        Assert.Empty(violations);
    }
}
