namespace NewsArchive.Web.Infrastructure;

public static class ErrorHandling
{
    /// <summary>
    /// Errors answer in the caller's language: the API with RFC 7807 problem details, the pages
    /// with a readable page. Neither ever shows a stack trace outside development.
    /// </summary>
    public static WebApplication UseArchiveErrorHandling(this WebApplication app)
    {
        app.UseWhen(IsMachinePath, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsMachinePath(context), pages =>
        {
            if (!app.Environment.IsDevelopment()) pages.UseExceptionHandler("/error");
            pages.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        return app;
    }

    /// <summary>What scripts and other programs read: the JSON API, its description, feeds, exports and suggestions.</summary>
    private static readonly string[] MachinePaths = ["/api", "/openapi", "/healthz", "/search.atom", "/search.csv", "/search.jsonl", "/suggest", "/opensearch.xml"];

    public static bool IsMachinePath(HttpContext context) => MachinePaths.Any(path => context.Request.Path.StartsWithSegments(path));
}
