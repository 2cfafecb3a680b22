using System.Xml.Linq;
using NewsArchive.Web.Infrastructure;

namespace NewsArchive.Web.BrowserSearch;

/// <summary>
/// The OpenSearch 1.1 description that lets a browser add the archive as a search engine: where
/// to send a search, where to ask for suggestions as it is typed, and its feed.
/// </summary>
public static class OpenSearchDescription
{
    public const string ContentType = "application/opensearchdescription+xml";

    private static readonly XNamespace OpenSearch = "http://a9.com/-/spec/opensearch/1.1/";
    private static readonly XNamespace Mozilla = "http://www.mozilla.org/2006/browser/search/";

    /// <summary>The description as the XML text served, declaration included.</summary>
    public static string Xml(HttpRequest http)
    {
        var document = For(http);
        return document.Declaration + "\n" + document;
    }

    private static XDocument For(HttpRequest http)
    {
        var root = SiteAddress.Root(http);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(OpenSearch + "OpenSearchDescription",
            new XAttribute(XNamespace.Xmlns + "moz", Mozilla),
            new XElement(OpenSearch + "ShortName", "NewsArchive"),
            new XElement(OpenSearch + "Description", "Search the news archive: articles by words, outlet and date."),
            new XElement(OpenSearch + "InputEncoding", "UTF-8"),
            new XElement(OpenSearch + "Image", new XAttribute("width", 16), new XAttribute("height", 16), new XAttribute("type", "image/svg+xml"), root + "/favicon.svg"),
            Url("text/html", root + "/search?q={searchTerms}"),
            Url(SuggestionsResponse.ContentType, root + "/suggest?q={searchTerms}"),
            Url("application/atom+xml", root + "/search.atom?q={searchTerms}"),
            Url(ContentType, root + "/opensearch.xml", rel: "self"),
            new XElement(Mozilla + "SearchForm", root + "/search")));
    }

    private static XElement Url(string type, string template, string? rel = null) =>
        new(OpenSearch + "Url", new XAttribute("type", type), new XAttribute("method", "get"), new XAttribute("template", template),
            rel is null ? null : new XAttribute("rel", rel));
}
