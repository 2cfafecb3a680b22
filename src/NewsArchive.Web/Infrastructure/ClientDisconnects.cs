namespace NewsArchive.Web.Infrastructure;

/// <summary>
/// A reader who closes the tab or drops a download cancels the request: the search, page or
/// export stops (every one takes the request's cancellation) and the work ends in an
/// <see cref="OperationCanceledException"/> or a connection reset. That is the reader's choice,
/// not a fault of the archive: it is logged as information, without a stack trace, and the
/// request's log line shows 499 (client closed request) instead of an error with a 500.
/// </summary>
public static class ClientDisconnects
{
    public const int ClientClosedRequest = 499;

    /// <summary>Inside the request log, so that the log line sees the 499 and no exception.</summary>
    public static WebApplication UseClientDisconnects(this WebApplication app)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ClientDisconnects));
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception e) when (WentAway(context, e))
            {
                log.LogInformation("{Method} {Path}: the client went away ({Reason})", context.Request.Method, context.Request.Path.Value, e.GetType().Name);
                if (context.Response.HasStarted) return;
                context.Response.StatusCode = ClientClosedRequest;
                // Nobody is there to read an error page: the status code pages must not render one.
                if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
            }
        });
        return app;
    }

    public static bool WentAway(HttpContext context, Exception error) =>
        context.RequestAborted.IsCancellationRequested && error is OperationCanceledException or IOException;
}
