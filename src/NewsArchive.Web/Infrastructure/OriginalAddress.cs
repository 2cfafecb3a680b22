namespace NewsArchive.Web.Infrastructure;

/// <summary>
/// An article's original address, from its metadata, only if it is one to follow: absolute http
/// or https. Anything else the files carry (javascript:, data:, file:, a bare path) is not linked.
/// </summary>
public static class OriginalAddress
{
    public static Uri? Of(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;

    /// <summary>
    /// The address as the article states it, when it is one to follow; null otherwise. For the API
    /// and the exports, whose readers turn "url" into links as readily as the pages would.
    /// </summary>
    public static string? Text(string? url) => Of(url) is null ? null : url;
}
