using Microsoft.Playwright;

namespace NewsArchive.Web.Browser.Tests;

/// <summary>The search box suggests as one types, from the archive's words and titles.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SuggestionTests(BrowserFixture fixture)
{
    [Fact]
    public async Task TypingTheStartOfAWord_OffersItsCompletions()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");

        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search the archive" });
        await box.PressSequentiallyAsync("coc");

        var list = page.Locator("#" + await box.GetAttributeAsync("list") + " option");
        await Assertions.Expect(list.First).ToHaveAttributeAsync("value", "cocoa", new() { Timeout = 10_000 });
        Assert.True(await list.CountAsync() <= 8);
    }

    [Fact]
    public async Task ArticlePage_CitationCanBeCopied()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/articles/reuters-1");

        await page.GetByText("Cite this article").ClickAsync();

        await Assertions.Expect(page.GetByLabel("Reference")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^“BAHIA COCOA REVIEW.” Reuters, 26 February 1987."));
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Copy" }).First).ToBeVisibleAsync();
    }
}
