using AngleSharp.Dom;

namespace NewsArchive.Core.Reading.Html;

/// <summary>
/// Recognises the parts of a news page that are not the story: site chrome, scripts, ads, share
/// bars, related-story lists, sign-up boxes and comments. Judged by tag, ARIA role, and the words
/// of class and id names, since that is all a saved page says about what an element is for.
/// </summary>
internal static class Boilerplate
{
    private static readonly HashSet<string> Tags = new(StringComparer.Ordinal)
    {
        "nav", "aside", "footer", "header", "form", "script", "style", "noscript", "iframe", "frame",
        "frameset", "figure", "figcaption", "template", "svg", "math", "canvas", "object", "embed",
        "video", "audio", "picture", "img", "button", "input", "select", "textarea", "label", "dialog",
        "menu", "link", "meta", "title", "head",
    };

    private static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar",
    };

    /// <summary>Whole words of class and id names that mark boilerplate.</summary>
    /// <remarks>
    /// Words, not substrings: "ad" must not match "head" or "shadow". And not "tag" or "comment"
    /// as prefixes: WordPress puts "tag-gardening" on the post itself, and "commentary" is a story.
    /// Words that page builders put on wrappers of the story ("sidebar" in "has-sidebar",
    /// "widget" in Elementor's "elementor-widget-container") are left out for the same reason.
    /// A "byline" is dropped from the text but still read for authors; a "dateline" is kept,
    /// being usually the start of the first paragraph.
    /// </remarks>
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "ad", "ads", "adslot", "adsbygoogle", "dfp", "gpt", "sponsored", "sponsor", "outbrain", "taboola",
        "share", "sharing", "sharebar", "sharedaddy", "social", "related", "relatedposts", "recommended",
        "newsletter", "subscribe", "subscription", "signup", "paywall", "promo", "promotion", "cookie",
        "cookies", "consent", "gdpr", "breadcrumb", "breadcrumbs", "tags", "comment", "comments",
        "commentlist", "respond", "disqus", "popup", "modal", "skip", "masthead", "toolbar", "pagination",
        "byline",
    };

    /// <summary>Prefixes for the words that come in many spellings ("advertisement", "jp-relatedposts-items").</summary>
    private static readonly string[] WordPrefixes = ["advert", "newsletter", "subscri", "breadcrumb", "relatedpost", "sharing"];

    private static readonly char[] WordSeparators = [' ', '\t', '\n', '\r', '\f', '-', '_', '.', ':'];

    /// <summary>Whether the element itself is boilerplate (its content then is too).</summary>
    public static bool Is(IElement element)
    {
        if (Tags.Contains(element.LocalName)) return true;
        if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true") return true;
        if (element.GetAttribute("role") is { } role && Roles.Contains(role.Trim())) return true;
        if (IsHiddenByStyle(element.GetAttribute("style"))) return true;
        return HasBoilerplateName(element.GetAttribute("class")) || HasBoilerplateName(element.Id);
    }

    private static bool HasBoilerplateName(string? names)
    {
        if (string.IsNullOrEmpty(names)) return false;
        foreach (var word in names.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (Words.Contains(word)) return true;
            foreach (var prefix in WordPrefixes)
                if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static bool IsHiddenByStyle(string? style) =>
        style is not null
        && style.Replace(" ", "", StringComparison.Ordinal) is var compact
        && (compact.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase));

    /// <summary>A byline is left out of the text, but is where the authors are named.</summary>
    public static bool IsByline(IElement element) => HasWord(element.GetAttribute("class"), "byline");

    private static bool HasWord(string? names, string word) =>
        names is not null && names.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries)
            .Contains(word, StringComparer.OrdinalIgnoreCase);
}
