using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsArchive.LuceneEngine.Search.Counting;

/// <summary>
/// Passes the matches on to another collector and stops the pass (an
/// <see cref="OperationCanceledException"/> out of Lucene's search loop) once the search's token
/// is cancelled. What the other collector gathered until then stays usable: the hits and counts
/// of the documents reached.
/// </summary>
internal sealed class DeadlineCollector(ICollector inner, CancellationToken token) : ICollector
{
    // Checking a token costs a read of a field; every 1,024 matches keeps it out of the profile
    // while stopping within microseconds.
    private const int CheckEvery = 1024;

    private int sinceCheck;

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        token.ThrowIfCancellationRequested();
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (++sinceCheck == CheckEvery)
        {
            sinceCheck = 0;
            token.ThrowIfCancellationRequested();
        }
        inner.Collect(doc);
    }
}
