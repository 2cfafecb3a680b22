using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using NewsArchive.Web.Services;

namespace NewsArchive.Web.Infrastructure;

/// <summary>
/// Each client (IP address) gets a token bucket: a burst, then a steady rate. A crawler that
/// hammers the archive is answered 429 with Retry-After, in its own language (a page or problem
/// details), and everyone else keeps their share.
/// </summary>
public static class ClientRateLimit
{
    public static IServiceCollection AddClientRateLimit(this IServiceCollection services)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var settings = context.RequestServices.GetRequiredService<IOptions<NewsArchiveOptions>>().Value;
                if (settings.RequestsPerSecond <= 0) return RateLimitPartition.GetNoLimiter("unlimited");
                return RateLimitPartition.GetTokenBucketLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = Math.Max(settings.RequestBurst, settings.RequestsPerSecond),
                    TokensPerPeriod = settings.RequestsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                });
            });
            options.OnRejected = (rejected, cancellation) => AnswerAsync(rejected.HttpContext, cancellation);
        });
        return services;
    }

    private static async ValueTask AnswerAsync(HttpContext context, CancellationToken cancellation)
    {
        var response = context.Response;
        response.Headers.RetryAfter = "1";
        const string detail = "Too many requests from your address in a short time. Wait a moment and try again.";
        if (ErrorHandling.IsMachinePath(context))
        {
            await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests", detail: detail).ExecuteAsync(context);
            return;
        }
        // Written here rather than by the error page: that page would be one more request to refuse.
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Too many requests · NewsArchive</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main id="main"><section class="message error" role="alert">
            <h1>Too many requests</h1>
            <p>{detail}</p>
            <p><a href="/">Back to the archive</a></p>
            </section></main></body>
            </html>
            """), cancellation);
    }
}
