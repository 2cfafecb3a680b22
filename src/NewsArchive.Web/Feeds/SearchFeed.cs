using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using NewsArchive.Core.Search;
using NewsArchive.Web.Infrastructure;

namespace NewsArchive.Web.Feeds;

/// <summary>
/// A search as an Atom feed (RFC 4287): its matches newest to the archive first, so an article
/// indexed today appears to subscribers even if it was published years ago. Each entry is
/// updated when the article was indexed, published when the article says it was.
/// </summary>
public static class SearchFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    /// <summary>Entries in a feed unless the URL asks for another number (size).</summary>
    public const int DefaultEntries = 30;

    public static SyndicationFeed Build(SearchResults results, HttpRequest http)
    {
        var request = results.Request;
        var feedUrl = SiteAddress.Absolute(http, SearchLinks.Feed(request));
        var pageUrl = SiteAddress.Absolute(http, SearchLinks.Search(request with { Sort = SearchSort.Added, PageSize = SearchRequestReader.DefaultPageSize }));
        var entries = results.Hits.Select(hit => Entry(hit, http)).ToList();
        var feed = new SyndicationFeed(entries)
        {
            Id = feedUrl,
            Title = new TextSyndicationContent(XmlSafe.Text(Title(request))),
            Description = new TextSyndicationContent(XmlSafe.Text($"{results.Total:N0} articles match; the newest to the archive first. " + string.Join("; ", results.Understood))),
            LastUpdatedTime = entries.Count == 0 ? DateTimeOffset.UtcNow : entries.Max(e => e.LastUpdatedTime),
            Generator = "NewsArchive",
        };
        feed.Authors.Add(new SyndicationPerson { Name = "NewsArchive" });
        feed.Links.Add(new SyndicationLink(new Uri(feedUrl)) { RelationshipType = "self", MediaType = "application/atom+xml" });
        feed.Links.Add(new SyndicationLink(new Uri(pageUrl)) { RelationshipType = "alternate", MediaType = "text/html" });
        return feed;
    }

    public static byte[] ToAtom(SyndicationFeed feed)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(xml);
        }
        return buffer.ToArray();
    }

    private static string Title(SearchRequest request)
    {
        var words = request.HasQuery ? $"“{request.Query}”" : "Everything";
        var filters = new List<string>();
        if (request.Sources.Count > 0) filters.Add(string.Join(" or ", request.Sources));
        if (request.From is not null || request.To is not null)
            filters.Add($"{(request.From is { } from ? SearchLinks.Day(from) : "…")} to {(request.To is { } to ? SearchLinks.Day(to) : "…")}");
        filters.AddRange(request.Keywords.Select(k => $"{k.List}: {k.Value}"));
        return $"NewsArchive: {words}" + (filters.Count > 0 ? $" ({string.Join(", ", filters)})" : "");
    }

    private static SyndicationItem Entry(SearchHit hit, HttpRequest http)
    {
        var permalink = SiteAddress.Absolute(http, SearchLinks.Article(hit.Id, null));
        // Atom requires every entry to say when it last changed: the time it was indexed, or
        // (in an index made before that was kept) its publication date.
        var updated = hit.Indexed ?? hit.Date ?? DateTimeOffset.UnixEpoch;
        var entry = new SyndicationItem
        {
            Id = permalink,
            Title = new TextSyndicationContent(XmlSafe.Text(hit.Title.PlainText)),
            Summary = new TextSyndicationContent(XmlSafe.Text(hit.Snippet.ToHtml()), TextSyndicationContentKind.Html),
            LastUpdatedTime = updated,
        };
        if (hit.Date is { } published) entry.PublishDate = published;
        entry.Links.Add(new SyndicationLink(new Uri(permalink)) { RelationshipType = "alternate", MediaType = "text/html" });
        if (OriginalAddress.Of(hit.Url) is { } original)
            entry.Links.Add(new SyndicationLink(original) { RelationshipType = "related", Title = "The original article" });
        if (hit.Source is { Length: > 0 } source)
        {
            entry.Authors.Add(new SyndicationPerson { Name = XmlSafe.Text(source) });
            entry.Categories.Add(new SyndicationCategory(XmlSafe.Text(source)) { Label = "Source" });
        }
        return entry;
    }
}
