using AngleSharp.Dom;

namespace NewsArchive.Core.Reading.Html;

/// <summary>
/// What a page says about itself in markup: &lt;meta&gt; tags (Open Graph, Dublin Core, plain
/// names), the canonical link and &lt;title&gt;; and, inside the article, its headline, time
/// element and byline.
/// </summary>
internal sealed class HtmlMetadata
{
    /// <summary>Meta contents by lower-cased property, name or itemprop, in page order.</summary>
    private readonly Dictionary<string, List<string>> _meta;

    private HtmlMetadata(Dictionary<string, List<string>> meta, string? canonical, string? title)
    {
        _meta = meta;
        Canonical = canonical;
        Title = title;
    }

    /// <summary>The href of &lt;link rel="canonical"&gt; if it is a web address.</summary>
    public string? Canonical { get; }

    /// <summary>The page's &lt;title&gt;, whitespace normalised.</summary>
    public string? Title { get; }

    /// <summary>Canonical link, else og:url: only http(s) addresses, so a "javascript:" one is never kept.</summary>
    public string? Url => Canonical ?? WebAddress(First("og:url"));

    public static HtmlMetadata From(IDocument document)
    {
        var meta = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("meta[content]"))
        {
            if (HtmlText.Normalise(element.GetAttribute("content")) is not { } content) continue;
            // Sites mix up property= and name= for Open Graph, so both (and microdata's itemprop) are one key space.
            foreach (var key in new[] { "property", "name", "itemprop" }.Select(element.GetAttribute))
            {
                if (string.IsNullOrWhiteSpace(key)) continue;
                var name = key.Trim().ToLowerInvariant();
                if (!meta.TryGetValue(name, out var values)) meta[name] = values = [];
                values.Add(content);
            }
        }

        var canonical = document.QuerySelectorAll("link[rel][href]")
            .Where(link => HasToken(link.GetAttribute("rel"), "canonical"))
            .Select(link => WebAddress(link.GetAttribute("href")))
            .FirstOrDefault(url => url is not null);
        return new HtmlMetadata(meta, canonical, HtmlText.Normalise(document.Title));
    }

    /// <summary>The first non-empty content under any of the keys, tried in order.</summary>
    public string? First(params string[] keys) =>
        keys.Select(key => _meta.TryGetValue(key, out var values) ? values[0] : null).FirstOrDefault(value => value is not null);

    /// <summary>Every content under the key (a page may repeat meta name=author once per author).</summary>
    public IReadOnlyList<string> All(string key) => _meta.TryGetValue(key, out var values) ? values : [];

    /// <summary>The article's headline: its first &lt;h1&gt; that is not part of the page's chrome.</summary>
    public static string? Heading(MainContent content) =>
        content.InArticle("h1").Select(heading => HtmlText.Normalise(heading.TextContent)).FirstOrDefault(text => text is not null);

    /// <summary>
    /// The datetime of the article's publication time element: one marked as such if any (a page
    /// often shows "updated" next to "published"), else the first.
    /// </summary>
    public static string? TimeStamp(MainContent content)
    {
        var times = content.InArticle("time[datetime]").ToList();
        var published = times.FirstOrDefault(time =>
            HasToken(time.GetAttribute("itemprop"), "datePublished") || time.HasAttribute("pubdate")
            || HasToken(time.GetAttribute("class"), "published"));
        return HtmlText.Normalise((published ?? times.FirstOrDefault())?.GetAttribute("datetime"));
    }

    /// <summary>
    /// Names in elements marked as the author (rel="author", itemprop="author"). Unmarked bylines
    /// ("By Jane Doe and staff") are too varied to take apart reliably, so they are not guessed at.
    /// </summary>
    public static IEnumerable<string> BylineNames(MainContent content)
    {
        foreach (var author in content.InArticle("[rel~=author], [itemprop~=author]"))
        {
            var name = author.QuerySelector("[itemprop~=name]") is { } named
                ? named.GetAttribute("content") ?? named.TextContent
                : author.GetAttribute("content") ?? author.TextContent;
            if (HtmlText.Normalise(name) is { } text) yield return text;
        }
    }

    /// <summary>Absolute http(s) addresses only: relative ones cannot be resolved in a saved page, and other schemes are not pages.</summary>
    public static string? WebAddress(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;

    private static bool HasToken(string? tokens, string token) =>
        tokens is not null && tokens.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Contains(token, StringComparer.OrdinalIgnoreCase);
}
