using Microsoft.Extensions.Logging;
using NewsArchive.Core.Reading;

namespace NewsArchive.Core.Ingest;

/// <summary>
/// Indexes a stream of read results that carry no file bookkeeping (tests, imports): adds or
/// replaces by id and commits periodically and at the end. Files are indexed incrementally by
/// <see cref="Ingest.CorpusIndexer"/>.
/// </summary>
public sealed class IndexBuilder(IArchiveEngine engine, ILogger<IndexBuilder> logger)
{
    public IndexRunOptions Options { get; init; } = new();

    public IndexSummary Build(string indexPath, IEnumerable<ReadResult> input,
        IProgress<IndexProgress>? progress = null, CancellationToken cancellation = default)
    {
        using var writer = engine.OpenSink(indexPath, threads: Options.IndexingThreads);
        var run = new IndexRun(writer, Options, logger, progress);
        foreach (var result in input)
        {
            if (cancellation.IsCancellationRequested) break;
            run.Add(result, origin: null);
            run.Tick();
        }
        return run.Finish(checkpoint: null, files: null);
    }
}
