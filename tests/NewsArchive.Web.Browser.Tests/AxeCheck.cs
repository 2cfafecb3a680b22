using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace NewsArchive.Web.Browser.Tests;

/// <summary>
/// Runs axe-core (bundled in Deque.AxeCore.Playwright) on a page as it is now and fails on any
/// violation a reader would be blocked or badly slowed by (impact serious or critical), naming
/// each rule, what it asks for and where, so that a failure can be fixed from the message alone.
/// </summary>
public static class AxeCheck
{
    /// <summary>WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's own best practices.</summary>
    public static readonly IReadOnlyList<string> Tags =
        ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    private static readonly HashSet<string> Blocking = new(StringComparer.OrdinalIgnoreCase) { "serious", "critical" };

    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] },
            // Passes and inapplicable rules are many and never read: leave them in the browser.
            ResultTypes = [ResultType.Violations],
        });
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact ?? "")).ToList();
        Assert.True(blocking.Count == 0, Describe(page.Url, blocking));
    }

    public static string Describe(string url, IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder($"Accessibility violations on {url}:");
        foreach (var violation in violations)
        {
            text.Append($"\n- {violation.Id} ({violation.Impact}): {violation.Help} [{violation.HelpUrl}]");
            foreach (var node in violation.Nodes.Take(10))
                text.Append($"\n    at {node.Target}: {Why(node)}");
            if (violation.Nodes.Length > 10)
                text.Append($"\n    and {violation.Nodes.Length - 10} more");
        }
        return text.ToString();
    }

    // What axe found wrong at one node: all its failed checks, where fixing any one of the "any" set is enough.
    private static string Why(AxeResultNode node)
    {
        var any = node.Any.Select(check => check.Message).ToList();
        var every = node.All.Concat(node.None).Select(check => check.Message);
        var reasons = every.Concat(any.Count == 0 ? [] : [string.Join(" or ", any)]);
        return string.Join("; ", reasons);
    }
}
