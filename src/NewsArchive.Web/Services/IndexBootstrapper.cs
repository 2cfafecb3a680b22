using Microsoft.Extensions.Options;
using NewsArchive.Core.Indexing;
using NewsArchive.Core.Ingest;
using NewsArchive.Core.Search;

namespace NewsArchive.Web.Services;

/// <summary>
/// Opens the index, first building it from the bundled corpus when it is missing or empty, so
/// that a fresh clone serves a searchable archive with one command.
/// </summary>
public sealed class IndexBootstrapper(
    IOptions<NewsArchiveOptions> options,
    IHostEnvironment environment,
    CorpusIndexer indexer,
    ILogger<IndexBootstrapper> logger)
{
    public ArchiveIndex OpenOrBuild()
    {
        var indexPath = Resolve(options.Value.IndexPath);
        if (!HasArticles(indexPath))
        {
            var corpusPath = Resolve(options.Value.CorpusPath);
            if (Path.Exists(corpusPath))
            {
                logger.LogInformation("Building the index at {IndexPath} from {CorpusPath}", indexPath, corpusPath);
                indexer.Update(indexPath, [corpusPath], new CorpusIndexOptions(), new ProgressLog(logger));
            }
            else
            {
                logger.LogWarning("The index at {IndexPath} is empty and there is no corpus at {CorpusPath}: the archive starts empty", indexPath, corpusPath);
                using var empty = ArchiveWriter.Open(indexPath);
                empty.Commit();
            }
        }
        var index = ArchiveIndex.Open(indexPath);
        logger.LogInformation("Opened the index at {IndexPath}: {Articles} articles", indexPath, index.ArticleCount);
        return index;
    }

    private string Resolve(string path) => Path.GetFullPath(path, environment.ContentRootPath);

    private static bool HasArticles(string indexPath)
    {
        if (!ArchiveIndex.ExistsAt(indexPath)) return false;
        using var index = ArchiveIndex.Open(indexPath);
        return index.ArticleCount > 0;
    }

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
