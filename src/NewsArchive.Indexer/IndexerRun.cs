using Microsoft.Extensions.Logging;
using NewsArchive.Core;
using NewsArchive.Core.Ingest;
using NewsArchive.Core.Reading;

namespace NewsArchive.Indexer;

/// <summary>One invocation of the indexer: checks the arguments, runs once or keeps watching, prints summaries.</summary>
internal sealed class IndexerRun(IndexerSettings settings, IArchiveEngine engine, TextWriter output, TextWriter error, ILoggerFactory loggers)
{
    private readonly ILogger logger = loggers.CreateLogger<IndexerRun>();

    private readonly CorpusIndexer indexer = new(
        engine,
        CorpusReader.Create(ReadingOptions.Default with { Fields = settings.Fields }),
        loggers.CreateLogger<CorpusIndexer>());

    public async Task<int> ExecuteAsync(CancellationToken cancellation)
    {
        if (Validate() is { } usage)
        {
            error.WriteLine(usage);
            return IndexerCommand.UsageError;
        }
        try
        {
            var summary = RunOnce(settings.Rebuild, cancellation);
            if (settings.Watch) await WatchAsync(cancellation);
            return settings.Strict && summary.Skipped.Count > 0 ? IndexerCommand.SkippedInputs : IndexerCommand.Success;
        }
        catch (IndexLockedException ex)
        {
            error.WriteLine(ex.Message);
            return IndexerCommand.Failure;
        }
        catch (IOException ex)
        {
            // A full disk, a read-only folder, a failing drive: nothing a stack trace would help
            // with. What was written since the last commit is rolled back, so that commit stands.
            error.WriteLine($"Could not write the index: {ex.Message}");
            error.WriteLine($"The index at {settings.IndexPath} is left at its last commit. Make room (or fix the error above) and run again: it carries on from there.");
            return IndexerCommand.Failure;
        }
        catch (Exception ex) when (IsOutOfMemory(ex))
        {
            // By now the writer has been disposed on the way out, which rolled back everything
            // since the last commit and freed what the run held, so there is memory to say so.
            Log(ex);
            error.WriteLine($"Out of memory: the run stopped, and the index at {settings.IndexPath} is left at its last commit. Give the indexer more memory (or leave out the input that needs it) and run again: it carries on from there.");
            return IndexerCommand.OutOfMemory;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellation.IsCancellationRequested)
        {
            var failure = Log(ex);
            error.WriteLine($"Unexpected failure ({failure.GetType().Name}: {failure.Message.ReplaceLineEndings(" ")}): the run stopped, and the index at {settings.IndexPath} is left at its last commit. Run again to carry on; if it fails the same way, please report it.");
            return IndexerCommand.UnexpectedFailure;
        }
    }

    /// <summary>Work that runs in parallel (grouping stories) reports its failure wrapped.</summary>
    private static bool IsOutOfMemory(Exception ex) =>
        ex is OutOfMemoryException
        || ex is AggregateException aggregate && aggregate.Flatten().InnerExceptions.Any(inner => inner is OutOfMemoryException);

    /// <summary>
    /// One line for the log saying where it failed; a stack trace would bury the message that says
    /// what to do. Returns the failure itself, unwrapped from parallel work.
    /// </summary>
    private Exception Log(Exception ex)
    {
        var failure = ex is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : ex;
        logger.LogError("Indexing stopped by {Exception} in {Method} of {Type}", failure.GetType().Name, failure.TargetSite?.Name, failure.TargetSite?.DeclaringType?.FullName);
        return failure;
    }

    private string? Validate()
    {
        var missing = settings.Inputs.Where(path => !Path.Exists(path)).ToList();
        if (missing.Count > 0) return string.Join(Environment.NewLine, missing.Select(path => $"No such file or folder: {path}"));
        if (File.Exists(settings.IndexPath)) return $"--index must be a folder, but {settings.IndexPath} is a file.";
        return null;
    }

    private IndexSummary RunOnce(bool rebuild, CancellationToken cancellation)
    {
        var progress = new TerminalProgress(error);
        var summary = Update(rebuild, progress, cancellation);
        progress.Finish();
        SummaryPrinter.Print(summary, output);
        return summary;
    }

    /// <summary>
    /// Re-runs the incremental update whenever something changes under the inputs. A run costs a
    /// directory listing when nothing changed, so the watcher only needs to say "look again";
    /// a periodic look catches what a watcher can miss (network shares, overflowing buffers).
    /// </summary>
    private async Task WatchAsync(CancellationToken cancellation)
    {
        using var changes = new CorpusChangeSignal(settings.Inputs);
        output.WriteLine("Watching for changes; press Ctrl+C to stop.");
        while (!cancellation.IsCancellationRequested)
        {
            try
            {
                await changes.WaitAsync(TimeSpan.FromSeconds(30), cancellation);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            IndexSummary summary;
            try
            {
                summary = Update(rebuild: false, progress: null, cancellation);
            }
            catch (IndexLockedException ex)
            {
                // A one-off run beside the watcher has the index for now; what changed is still
                // there to read at the next look.
                error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {ex.Message} Looking again later.");
                continue;
            }
            if (summary.Indexed + summary.Removed + summary.Skipped.Count > 0)
            {
                output.WriteLine($"[{DateTime.Now:HH:mm:ss}]");
                SummaryPrinter.Print(summary, output);
            }
        }
    }

    private IndexSummary Update(bool rebuild, IProgress<IndexProgress>? progress, CancellationToken cancellation)
    {
        var options = new CorpusIndexOptions { Rebuild = rebuild, Run = new IndexRunOptions { CommitInterval = settings.CommitInterval } };
        return indexer.Update(settings.IndexPath, settings.Inputs, options, progress, cancellation);
    }
}
