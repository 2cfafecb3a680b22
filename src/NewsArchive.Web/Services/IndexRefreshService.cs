using Microsoft.Extensions.Options;
using NewsArchive.Core.Search;

namespace NewsArchive.Web.Services;

/// <summary>
/// Opens the index when the app starts (building it first if need be), then keeps looking for
/// the indexer's new commits, so searches see them within seconds and without a restart.
/// </summary>
public sealed class IndexRefreshService(
    IArchive archive,
    IOptions<NewsArchiveOptions> options,
    ILogger<IndexRefreshService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var before = archive.State;
                if (archive.Refresh())
                    logger.LogInformation(before == IndexState.Open ? "The index changed: now {Articles} articles" : "The index is open: {Articles} articles", archive.ArticleCount);
                else if (archive.State == IndexState.Damaged && before != IndexState.Damaged)
                    logger.LogError(archive.Fault, "The index cannot be read; the archive answers 503 until it is rebuilt");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A commit being written can be caught half-way; the next tick sees it whole.
                logger.LogWarning(ex, "Could not refresh the index; will try again");
            }
        }
    }
}
