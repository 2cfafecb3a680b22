namespace NewsArchive.Web.Infrastructure;

/// <summary>
/// Absolute addresses on this site, for what is read away from it (feeds, exports, citations,
/// the browser's search engine entry), where a path alone would not lead back. Their origin is
/// the configured public one, never a host the request names (see <see cref="PublicOrigin"/>).
/// </summary>
public static class SiteAddress
{
    public static string Root(HttpRequest request) =>
        request.HttpContext.RequestServices.GetRequiredService<PublicOrigin>().Of(request) + request.PathBase;

    /// <summary>The absolute form of <paramref name="path"/> (a path from the site's root, as <see cref="SearchLinks"/> writes them).</summary>
    public static string Absolute(HttpRequest request, string path) => Root(request) + path;
}
