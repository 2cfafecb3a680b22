using Microsoft.Playwright;

namespace NewsArchive.Web.Browser.Tests;

/// <summary>Moving through a page with the Tab key, and asking where the focus is.</summary>
public static class Keyboard
{
    /// <summary>Presses Tab until the focused element matches <paramref name="selector"/>; returns how many presses it took.</summary>
    public static async Task<int> TabToAsync(IPage page, string selector, int most = 200)
    {
        var visited = new List<string>();
        for (var presses = 1; presses <= most; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await FocusedMatchesAsync(page, selector)) return presses;
            visited.Add(await page.EvaluateAsync<string>("() => document.activeElement?.outerHTML.slice(0, 60) ?? 'nothing'"));
        }
        throw new Xunit.Sdk.XunitException($"{most} presses of Tab never reached {selector}; the last were:\n" + string.Join("\n", visited.TakeLast(8)));
    }

    public static Task<bool> FocusedMatchesAsync(IPage page, string selector) =>
        page.EvaluateAsync<bool>("selector => document.activeElement?.matches(selector) === true", selector);

    public static async Task<string> FocusedAttributeAsync(IPage page, string name) =>
        await page.EvaluateAsync<string?>("name => document.activeElement?.getAttribute(name)", name) ?? "";

    /// <summary>The focused histogram bar's title: its period and count ("1987-03: 12 articles").</summary>
    public static async Task<string> FocusedBarAsync(IPage page) =>
        await page.EvaluateAsync<string?>("() => document.activeElement?.closest('figure.histogram svg a')?.querySelector('title')?.textContent.trim()") ?? "(not a bar)";
}
