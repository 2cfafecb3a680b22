using System.Diagnostics;
using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsArchive.Core.Articles;

namespace NewsArchive.Core.Reading.Html;

/// <summary>
/// Makes an article of a saved news page: its metadata from what the page declares (Open Graph,
/// JSON-LD, meta tags, in that order of trust), falling back to what it shows (headline, time
/// element, byline), and its text from the story alone, without the site around it.
/// </summary>
internal static class HtmlArticleParser
{
    /// <summary>Priority for the date after article:published_time, JSON-LD and the article's time element.</summary>
    private static readonly string[] DateMetaNames =
        ["date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "datepublished"];

    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " · ", " :: ", " » "];

    /// <summary>Longest date text quoted in a warning; a longer one is shortened.</summary>
    private const int MaxQuotedDate = 60;

    /// <summary>
    /// Parsing time grows with the square of the markup's nesting depth (AngleSharp caps the
    /// tree's depth, not its stack of open elements), so a few hundred KB of unclosed tags take
    /// minutes, and 10 MB of them hours. No real page comes near this; one that does is reported.
    /// A time rather than a count, because the parser's own stack is not visible from outside
    /// (and a time also bounds any other slow path in the parser).
    /// </summary>
    public static readonly TimeSpan DefaultParseBudget = TimeSpan.FromSeconds(20);

    public static ReadResult Parse(string html, string path, string fileId, TimeSpan? parseBudget = null)
    {
        var budget = parseBudget ?? DefaultParseBudget;
        using var document = ParseDocument(html, budget);
        if (document is null)
            return ReadResult.Skipped(path, null, string.Create(CultureInfo.InvariantCulture, $"markup too complex to parse within {budget.TotalSeconds:0.###} s"));

        var meta = HtmlMetadata.From(document);
        var jsonLd = JsonLdMetadata.From(document);
        var content = MainTextExtractor.Locate(document);

        var body = Paragraphs.Join(content.Paragraphs());
        var site = meta.First("og:site_name") ?? jsonLd.PublisherName;
        var url = meta.Url;
        var title = Title(meta, content, site);
        if (title is null && body.Length == 0) return ReadResult.Skipped(path, null, "empty text");

        var (date, unreadableDate) = PublicationDate(meta, jsonLd, content);
        var article = new Article
        {
            Id = fileId,
            Title = title ?? Headline.FromText(body),
            Body = body,
            Source = site ?? HostOf(url),
            Date = date,
            Url = url,
            Authors = Authors(meta, jsonLd, content),
        };
        return unreadableDate is null
            ? ReadResult.Of(article)
            : ReadResult.Of(article, [new ReadProblem(path, null, $"unreadable date \"{Headline.Shorten(unreadableDate, MaxQuotedDate)}\" kept as unknown")]);
    }

    private static IDocument? ParseDocument(string html, TimeSpan budget)
    {
        // Scripting off: nothing on the page runs, and the parser treats <noscript> as markup (dropped as boilerplate).
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var deadline = new CancellationTokenSource(budget);
        var clock = Stopwatch.StartNew();
        try
        {
            // From a string, the "async" parse runs to completion (or cancellation) on this thread,
            // with no I/O to wait for; it is used only because it is the overload that can be cancelled.
            var document = parser.ParseDocumentAsync(html, deadline.Token).GetAwaiter().GetResult();
            // The parser looks at the token only between pieces of markup, and one piece deep in a
            // tree of thousands can take seconds: a parse that ran past the budget without looking
            // is over it all the same, whether or not it noticed. The clock decides, not whether
            // the token was cancelled: its timer runs on the thread pool, which a busy machine can
            // leave seconds behind.
            if (clock.Elapsed <= budget) return document;
            document.Dispose();
            return null;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>og:title, else the article's &lt;h1&gt;, else &lt;title&gt;; without the " | Site" a CMS appends.</summary>
    private static string? Title(HtmlMetadata meta, MainContent content, string? site) =>
        WithoutSiteName(meta.First("og:title"), site) ?? HtmlMetadata.Heading(content) ?? WithoutSiteName(meta.Title, site);

    /// <summary>Strips the site's name from either end, only when it really is the site's name: "Paris - Texas" stays whole.</summary>
    private static string? WithoutSiteName(string? title, string? site)
    {
        if (title is null || site is null) return title;
        foreach (var separator in TitleSeparators)
        {
            var last = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (last > 0 && string.Equals(title[(last + separator.Length)..].Trim(), site, StringComparison.OrdinalIgnoreCase))
                return title[..last].Trim();
            var first = title.IndexOf(separator, StringComparison.Ordinal);
            if (first > 0 && first + separator.Length < title.Length && string.Equals(title[..first].Trim(), site, StringComparison.OrdinalIgnoreCase))
                return title[(first + separator.Length)..].Trim();
        }
        return title;
    }

    /// <summary>
    /// The first candidate that parses, in order of trust. Only when some are given and none
    /// parses is the date unknown and the first reported, so a garbled meta tag does not hide
    /// a good JSON-LD date.
    /// </summary>
    private static (DateTimeOffset? Date, string? Unreadable) PublicationDate(HtmlMetadata meta, JsonLdMetadata jsonLd, MainContent content)
    {
        string?[] candidates = [meta.First("article:published_time"), jsonLd.DatePublished, HtmlMetadata.TimeStamp(content), meta.First(DateMetaNames)];
        foreach (var candidate in candidates)
        {
            if (DateTextParser.TryParse(candidate, out var date)) return (date, null);
        }
        return (null, candidates.FirstOrDefault(candidate => candidate is not null));
    }

    /// <summary>
    /// The first source that names anyone: meta author, JSON-LD, marked-up bylines. Sources are
    /// not merged, because they spell the same people differently ("J. Doe", "Jane Doe").
    /// JSON-LD names are structured and so not split at commas ("Smith, Jones &amp; Co" is one publisher-author).
    /// </summary>
    private static IReadOnlyList<string> Authors(HtmlMetadata meta, JsonLdMetadata jsonLd, MainContent content)
    {
        IEnumerable<string>[] sources =
        [
            meta.All("author").SelectMany(PersonNames.Split),
            jsonLd.Authors,
            HtmlMetadata.BylineNames(content).SelectMany(PersonNames.Split),
        ];
        foreach (var source in sources)
        {
            var names = PersonNames.Clean(source);
            if (names.Count > 0) return names;
        }
        return [];
    }

    /// <summary>"https://www.example.com/…" → "example.com": the outlet, when the page names none.</summary>
    private static string? HostOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0) return null;
        return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
    }
}
