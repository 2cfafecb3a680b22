using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using NewsArchive.Core.Reading;

namespace NewsArchive.Core.Indexing;

/// <summary>
/// The only writer of the index: adds or replaces articles by id, so re-runs never duplicate,
/// and commits periodically and at the end, so a stopped run keeps what it committed.
/// </summary>
public sealed class IndexBuilder(ILogger<IndexBuilder> logger)
{
    /// <summary>How often a long run commits, so that readers see progress and a crash loses little.</summary>
    public TimeSpan CommitInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often progress is reported.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    public IndexSummary Build(string indexPath, IEnumerable<ReadResult> input,
        IProgress<IndexProgress>? progress = null, CancellationToken cancellation = default)
    {
        System.IO.Directory.CreateDirectory(indexPath);
        using var directory = FSDirectory.Open(indexPath);
        using var analyzer = ArchiveAnalyzer.Create();
        var config = new IndexWriterConfig(ArchiveSchema.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 64,
        };
        using var writer = new IndexWriter(directory, config);
        using var existing = DirectoryReader.IndexExists(directory) ? DirectoryReader.Open(directory) : null;

        var clock = Stopwatch.StartNew();
        var lastCommit = TimeSpan.Zero;
        var lastProgress = TimeSpan.Zero;
        var seenThisRun = new HashSet<string>(StringComparer.Ordinal);
        var skipped = new List<ReadProblem>();
        int added = 0, replaced = 0;

        foreach (var result in input)
        {
            if (cancellation.IsCancellationRequested) break;
            if (result.Problem is { } problem)
            {
                skipped.Add(problem);
                logger.LogWarning("Skipped {Input}", problem.ToString());
            }
            else if (result.Article is { } article)
            {
                var idTerm = ArticleDocument.IdTerm(article.Id);
                var known = !seenThisRun.Add(article.Id) || existing?.DocFreq(idTerm) > 0;
                writer.UpdateDocument(idTerm, ArticleDocument.ToDocument(article));
                if (known) replaced++; else added++;
            }

            var elapsed = clock.Elapsed;
            if (elapsed - lastProgress >= ProgressInterval)
            {
                progress?.Report(new IndexProgress(added + replaced, skipped.Count, elapsed));
                lastProgress = elapsed;
            }
            if (elapsed - lastCommit >= CommitInterval)
            {
                writer.Commit();
                lastCommit = elapsed;
                logger.LogInformation("Committed {Articles} articles so far", added + replaced);
            }
        }

        writer.Commit();
        var summary = new IndexSummary(added, replaced, skipped, writer.NumDocs, clock.Elapsed);
        progress?.Report(new IndexProgress(summary.Indexed, skipped.Count, summary.Elapsed));
        logger.LogInformation(
            "Indexed {Indexed} articles ({Added} new, {Replaced} replaced), skipped {Skipped}, {Total} in the index, in {Seconds:F1} s ({Rate:F0} articles/s)",
            summary.Indexed, added, replaced, skipped.Count, summary.TotalArticles, summary.Elapsed.TotalSeconds, summary.ArticlesPerSecond);
        return summary;
    }
}
