using Microsoft.Extensions.Options;
using NewsArchive.Web.Services;

namespace NewsArchive.Web.Infrastructure;

/// <summary>
/// The scheme, host and port that absolute links start with (feeds, exports, citations, the
/// browser's search engine entry). A request's Host header is whatever the client wrote, so a
/// forged one would put another site into a feed or a citation that is read, cached or copied
/// elsewhere: the origin comes from <see cref="NewsArchiveOptions.PublicOrigin"/>. Only in
/// development, without it, is the request's host taken. Outside development without it, links
/// are written from the site's root ("/articles/…"): a reader resolves them against the address
/// it fetched them from, never a host the request named.
/// </summary>
public sealed class PublicOrigin
{
    private readonly string? configured;
    private readonly bool fromRequest;

    public PublicOrigin(IOptions<NewsArchiveOptions> options, IHostEnvironment environment, ILogger<PublicOrigin> logger)
    {
        configured = TryParse(options.Value.PublicOrigin, out var origin) ? origin : null;
        fromRequest = configured is null && environment.IsDevelopment();
        if (configured is null && !fromRequest)
            logger.LogWarning("NewsArchive:PublicOrigin is not set: feeds, exports and citations link from the site's root, without a host. Set it (e.g. NewsArchive__PublicOrigin=https://archive.example.org) for absolute links.");
    }

    /// <summary>The origin for links in answer to <paramref name="request"/>; empty when links start at the site's root.</summary>
    public string Of(HttpRequest request) => configured ?? (fromRequest ? $"{request.Scheme}://{request.Host}" : "");

    /// <summary>What the option accepts: absent, or an http(s) origin with nothing after the host and port.</summary>
    public static bool IsValid(string? text) => string.IsNullOrWhiteSpace(text) || TryParse(text, out _);

    private static bool TryParse(string? text, out string origin)
    {
        origin = "";
        if (string.IsNullOrWhiteSpace(text)
            || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.UserInfo.Length > 0 || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0)
            return false;
        origin = uri.GetLeftPart(UriPartial.Authority);
        return true;
    }
}
