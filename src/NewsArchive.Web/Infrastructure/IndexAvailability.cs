using NewsArchive.Core.Search;

namespace NewsArchive.Web.Infrastructure;

/// <summary>
/// While the index cannot be searched (missing, being built, damaged), every request that needs it
/// is answered 503 with what is wrong and that it will pass by itself, instead of failing deep in
/// a page. What needs no index — static files, help, health, error pages, the API description —
/// is served as usual. Nothing here names a path or an exception: those are in the log.
/// </summary>
public static class IndexAvailability
{
    /// <summary>Seconds a client should wait before asking again: the index is looked for every few seconds.</summary>
    private const string RetryAfterSeconds = "10";

    public static WebApplication UseIndexAvailability(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var index = context.RequestServices.GetRequiredService<IArchive>();
            if (index.State == IndexState.Open || NeedsNoIndex(context.Request.Path))
            {
                await next(context);
                return;
            }
            context.Response.Headers.RetryAfter = RetryAfterSeconds;
            if (ErrorHandling.IsMachinePath(context))
            {
                var (title, text) = Describe(index.State);
                await Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: title, detail: text,
                    extensions: new Dictionary<string, object?> { ["state"] = Name(index.State) }).ExecuteAsync(context);
            }
            else
            {
                // The status code pages re-execute /error/503, which explains the state.
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            }
        });
        return app;
    }

    /// <summary>What a reader is told, by state.</summary>
    public static (string Title, string Text) Describe(IndexState state) => state switch
    {
        IndexState.Missing => ("The archive has no index yet",
            "There is no search index yet: it has not been built, or it was removed. The archive opens by itself as soon as the indexer has built it."),
        IndexState.Locked => ("The archive is being built",
            "The indexer is building the search index now. The archive opens by itself at its first commit."),
        IndexState.Damaged => ("The archive's index cannot be read",
            "The search index is damaged: one of its files is missing or unreadable. Rebuild it with the indexer's --rebuild option; the archive opens by itself when that is done."),
        _ => ("The archive is not available", "Please try again in a moment."),
    };

    /// <summary>The state's name in /healthz and problem details.</summary>
    public static string Name(IndexState state) => state.ToString().ToLowerInvariant();

    /// <summary>The search language's help, health, error pages and the API description read nothing from the index.</summary>
    private static bool NeedsNoIndex(PathString path) =>
        path.StartsWithSegments("/error") || path.StartsWithSegments("/openapi")
        || path.Equals("/help") || path.Equals("/healthz") || path.Equals("/opensearch.xml");
}
