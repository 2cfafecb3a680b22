namespace NewsArchive.Web.Infrastructure;

public static class ErrorHandling
{
    /// <summary>
    /// Errors answer in the caller's language: the API with RFC 7807 problem details, the pages
    /// with a readable page. Neither ever shows a stack trace outside development.
    /// </summary>
    public static WebApplication UseArchiveErrorHandling(this WebApplication app)
    {
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), pages =>
        {
            if (!app.Environment.IsDevelopment()) pages.UseExceptionHandler("/error");
            pages.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        return app;
    }

    /// <summary>Whatever scripts and other programs read: the JSON API, its description, feeds and exports.</summary>
    private static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi")
        || Path.HasExtension(context.Request.Path.Value) && context.Request.Path.StartsWithSegments("/search");
}
