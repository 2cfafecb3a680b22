namespace NewsArchive.Web.Infrastructure;

/// <summary>
/// Headers on every response that tell the browser what the site may do: scripts, styles and
/// everything else only from the site itself (the pages have no inline script or style, so none
/// needs a nonce), no framing by other sites, no sniffing of content types, and no search (which
/// is in the URL) sent to other sites as a referrer.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        await next();
    });
}
