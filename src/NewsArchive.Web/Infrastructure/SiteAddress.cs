namespace NewsArchive.Web.Infrastructure;

/// <summary>
/// Absolute addresses on this site, for what is read away from it (feeds, exports, citations,
/// the browser's search engine entry), where a path alone would not lead back. Behind a proxy
/// the app sees the proxy's host unless forwarded headers are honoured.
/// </summary>
public static class SiteAddress
{
    public static string Root(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>The absolute form of <paramref name="path"/> (a path from the site's root, as <see cref="SearchLinks"/> writes them).</summary>
    public static string Absolute(HttpRequest request, string path) => Root(request) + path;
}
