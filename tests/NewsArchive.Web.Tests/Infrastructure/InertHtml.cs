using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsArchive.Web.Tests.Infrastructure;

/// <summary>
/// What a page may contain whatever the articles and the URL hold: the site's own scripts (files
/// under /js/) and stylesheet only, no event attributes, no style, and no address that runs or
/// embeds something (javascript:, data:, vbscript:) where a browser would follow or load it.
/// </summary>
public static partial class InertHtml
{
    /// <summary>Attributes whose value a browser follows, loads or submits to.</summary>
    private static readonly string[] AddressAttributes = ["href", "src", "action", "formaction", "xlink:href", "poster", "data", "background", "srcset", "ping", "cite"];

    /// <summary>Elements no page of the site has; only markup from outside could make one.</summary>
    private const string ForeignElements = "img, iframe, frame, frameset, object, embed, applet, base, style, video, audio, source, math, template, textarea:not([readonly]), meta[http-equiv], link:not([rel=stylesheet]):not([rel=icon]):not([rel=search]):not([rel=alternate])";

    public static void AssertInert(Page page)
    {
        var problems = Problems(page.Document).ToList();
        if (problems.Count > 0)
            throw new Xunit.Sdk.XunitException($"{page.Response.RequestMessage?.RequestUri} is not inert:\n  {string.Join("\n  ", problems)}");
    }

    public static IEnumerable<string> Problems(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script"))
        {
            if (!OwnScript().IsMatch(script.GetAttribute("src") ?? "")) yield return $"a script that is not the site's: {script.OuterHtml}";
            if (!string.IsNullOrWhiteSpace(script.TextContent)) yield return $"an inline script: {script.OuterHtml}";
        }
        foreach (var element in document.QuerySelectorAll(ForeignElements))
            yield return $"a <{element.LocalName}> element: {Shorten(element.OuterHtml)}";
        // The date histogram and the comparison's chart (its legend's keys too) are the site's drawings; any other svg came from outside.
        foreach (var svg in document.QuerySelectorAll("svg:not([data-drag-dates]):not([data-coverage])"))
            yield return $"an <svg> element: {Shorten(svg.OuterHtml)}";
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    yield return $"an event attribute {attribute.Name} on <{element.LocalName}>";
                else if (attribute.Name.Equals("style", StringComparison.OrdinalIgnoreCase))
                    yield return $"a style attribute on <{element.LocalName}>";
                else if (AddressAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase) && RunsOrEmbeds(attribute.Value))
                    yield return $"{attribute.Name}=\"{Shorten(attribute.Value)}\" on <{element.LocalName}>";
            }
        }
        foreach (var form in document.QuerySelectorAll("form"))
        {
            var action = form.GetAttribute("action") ?? "";
            if (!action.StartsWith('/') || action.StartsWith("//")) yield return $"a form sent elsewhere: action=\"{Shorten(action)}\"";
        }
    }

    /// <summary>
    /// Whether the address has a scheme other than http or https. Browsers drop tabs, line breaks
    /// and leading controls before they read the scheme, and ignore its case, so this does too.
    /// </summary>
    public static bool RunsOrEmbeds(string address)
    {
        var cleaned = new StringBuilder();
        foreach (var c in address.TrimStart('\u0000', '\u0001', '\u0002', '\u0003', '\u0004', '\u0005', '\u0006', '\u0007', '\u0008', ' ', '\u000B', '\u000C'))
            if (c is not ('\t' or '\n' or '\r')) cleaned.Append(c);
        var scheme = Scheme().Match(cleaned.ToString());
        return scheme.Success && !scheme.Groups[1].Value.Equals("http", StringComparison.OrdinalIgnoreCase)
            && !scheme.Groups[1].Value.Equals("https", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Text as a reader sees it, to compare what a page shows with what the API gives: control
    /// characters (which HTML shows as nothing, or as U+FFFD for a NUL) and U+FFFD itself are
    /// left out, and runs of white space are one space.
    /// </summary>
    public static string Visible(string? text)
    {
        var kept = new StringBuilder();
        foreach (var c in text ?? "")
        {
            // Pages show controls and noncharacters as U+FFFD (VisibleHtmlEncoder).
            if (c is '\uFFFD' or '\uFFFE' or '\uFFFF' or (>= '\uFDD0' and <= '\uFDEF') || (char.IsControl(c) && !char.IsWhiteSpace(c))) continue;
            kept.Append(c);
        }
        return Spaces().Replace(kept.ToString(), " ").Trim();
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "…";

    [GeneratedRegex(@"^/js/[a-z]+\.js(\?|$)")]
    private static partial Regex OwnScript();

    [GeneratedRegex(@"^([a-zA-Z][a-zA-Z0-9+.\-]*):")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
