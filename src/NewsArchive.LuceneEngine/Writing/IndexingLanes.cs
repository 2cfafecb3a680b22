using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using NewsArchive.Core.Articles;
using NewsArchive.Core.Ingest;
using NewsArchive.LuceneEngine.Indexing;

namespace NewsArchive.LuceneEngine.Writing;

/// <summary>
/// Turns articles into documents and hands them to the index writer on several threads, so that
/// reading files and analysing text use every core (the writer is made for concurrent adds: each
/// thread fills its own in-memory segment, and while one thread writes its segment to disk the
/// others go on). Articles are handed over in batches from one queue that every lane takes from.
/// </summary>
internal sealed class IndexingLanes : IDisposable
{
    // One hand-over per article would cost more in waking threads than writing the article
    // does. A few batches queued per lane ride out a slow file and still bound memory.
    private const int BatchSize = 64;
    private const int QueuedBatchesPerLane = 4;

    // A batch is also handed over once its text reaches this many characters, so that what waits
    // in the queue is bounded by size and not only by count: 64 articles of the longest text kept
    // (ReadingOptions.MaxArticleChars) would be 128 MB a batch, over 5 GB queued with 8 lanes.
    private const int MaxBatchChars = 1024 * 1024;

    private readonly IndexWriter writer;
    private readonly BlockingCollection<List<Job>> queue;
    private readonly Thread[] threads;
    private readonly object idle = new();
    private List<Job> filling = new(BatchSize);
    private long fillingChars;
    private int pending;
    private ExceptionDispatchInfo? failure;

    public IndexingLanes(IndexWriter writer, int laneCount)
    {
        this.writer = writer;
        queue = new BlockingCollection<List<Job>>(laneCount * QueuedBatchesPerLane);
        threads = new Thread[laneCount];
        for (var lane = 0; lane < laneCount; lane++)
        {
            threads[lane] = new Thread(Work) { IsBackground = true, Name = $"Indexing lane {lane + 1}" };
            threads[lane].Start();
        }
    }

    public void Add(Article article, string? origin, EarlierVersion earlier)
    {
        ThrowIfFailed();
        // Lanes run side by side, so two versions of one article in one run could reach the
        // writer in either order; the later one waits for the earlier (rare: a repeated id).
        if (earlier == EarlierVersion.InThisRun) WaitUntilWritten();
        filling.Add(new Job(article, origin, Replace: earlier != EarlierVersion.None));
        fillingChars += article.Body.Length + article.Title.Length;
        if (filling.Count == BatchSize || fillingChars >= MaxBatchChars) HandOver();
    }

    /// <summary>Waits until every article added so far is in the writer; rethrows what failed on a lane.</summary>
    public void WaitUntilWritten()
    {
        HandOver();
        lock (idle)
        {
            while (Volatile.Read(ref pending) > 0) Monitor.Wait(idle);
        }
        ThrowIfFailed();
    }

    public void Dispose()
    {
        HandOver();
        queue.CompleteAdding();
        foreach (var thread in threads) thread.Join();
        queue.Dispose();
    }

    private void HandOver()
    {
        if (filling.Count == 0) return;
        Interlocked.Add(ref pending, filling.Count);
        queue.Add(filling);
        filling = new List<Job>(BatchSize);
        fillingChars = 0;
    }

    private void Work()
    {
        var builder = new ArticleDocumentBuilder();
        foreach (var batch in queue.GetConsumingEnumerable()) WriteBatch(batch, builder);
    }

    private void WriteBatch(List<Job> batch, ArticleDocumentBuilder builder)
    {
        foreach (var job in batch)
        {
            try
            {
                // After a failure (a full disk, say) the rest is dropped: the run stops with
                // the error and the index keeps its last commit.
                if (failure is null) Write(builder.Build(job.Article, job.Origin), job);
            }
            catch (Exception ex)
            {
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(ex), null);
            }
        }
        if (Interlocked.Add(ref pending, -batch.Count) == 0)
            lock (idle) Monitor.PulseAll(idle);
    }

    private void Write(Document document, Job job)
    {
        if (job.Replace) writer.UpdateDocument(ArticleDocument.IdTerm(job.Article.Id), document);
        else writer.AddDocument(document);
    }

    private void ThrowIfFailed() => failure?.Throw();

    private readonly record struct Job(Article Article, string? Origin, bool Replace);
}
