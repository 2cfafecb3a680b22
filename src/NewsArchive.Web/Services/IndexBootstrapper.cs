using Microsoft.Extensions.Options;
using NewsArchive.Core;
using NewsArchive.Core.Ingest;
using NewsArchive.Core.Search;

namespace NewsArchive.Web.Services;

/// <summary>
/// Opens the index, first building it from the bundled corpus when it is missing or empty, so
/// that a fresh clone serves a searchable archive with one command. Whatever is wrong with the
/// index — missing with no corpus, locked by an indexer, damaged — the app still starts, with the
/// index waiting in that state (its pages say so and /healthz answers 503) until the refresh loop
/// finds it readable. A damaged index is never built over: it may hold what no corpus has.
/// </summary>
public sealed class IndexBootstrapper(
    IOptions<NewsArchiveOptions> options,
    IHostEnvironment environment,
    IArchiveEngine engine,
    CorpusIndexer indexer,
    ILogger<IndexBootstrapper> logger)
{
    public IArchive OpenOrBuild()
    {
        var indexPath = Resolve(options.Value.IndexPath);
        try
        {
            if (engine.ArticlesAt(indexPath) == 0) Build(indexPath);
        }
        catch (IndexLockedException ex)
        {
            logger.LogWarning("{Message} The archive opens when it has committed.", ex.Message);
        }
        catch (Exception ex)
        {
            // Whatever stopped the build (a full disk, a bad corpus, memory), the app still starts:
            // opening the index below says what is there, and a failed build leaves its last commit.
            logger.LogError(ex, "Could not read or build the index at {IndexPath}", indexPath);
        }

        var index = engine.OpenWhenReady(indexPath);
        if (index.State == IndexState.Open)
            logger.LogInformation("Opened the index at {IndexPath}: {Articles} articles", indexPath, index.ArticleCount);
        else
            logger.LogError(index.State == IndexState.Damaged ? index.Fault : null,
                "The index at {IndexPath} is not available ({State}); the archive answers 503 until it is", indexPath, index.State);
        return index;
    }

    private void Build(string indexPath)
    {
        var corpusPath = Resolve(options.Value.CorpusPath);
        if (!Path.Exists(corpusPath))
        {
            logger.LogWarning("There is no index at {IndexPath} and no corpus at {CorpusPath} to build it from", indexPath, corpusPath);
            return;
        }
        logger.LogInformation("Building the index at {IndexPath} from {CorpusPath}", indexPath, corpusPath);
        indexer.Update(indexPath, [corpusPath], new CorpusIndexOptions(), new ProgressLog(logger));
    }

    private string Resolve(string path) => Path.GetFullPath(path, environment.ContentRootPath);

    /// <summary>Logs every 5,000 articles rather than every report, to keep the log readable.</summary>
    private sealed class ProgressLog(ILogger logger) : IProgress<IndexProgress>
    {
        private int reported;

        public void Report(IndexProgress value)
        {
            if (value.Articles / 5_000 <= reported) return;
            reported = value.Articles / 5_000;
            logger.LogInformation("Indexing: {Articles} articles, {Rate:F0}/s", value.Articles, value.ArticlesPerSecond);
        }
    }
}
