namespace NewsArchive.Web.Infrastructure;

/// <summary>
/// An article's original address, from its metadata, only if it is one to follow: absolute http
/// or https. Anything else the files carry (javascript:, data:, file:, a bare path) is not linked.
/// </summary>
public static class OriginalAddress
{
    public static Uri? Of(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;
}
