using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsArchive.LuceneEngine.Readers;

/// <summary>
/// What is built from one index reader on first use and kept while it is searched (facet
/// ordinals, the story table, the whole archive's counts, words near a misspelling), one of each
/// kind: owned by the searcher over the reader (<see cref="ArchiveIndexSearcher"/>) and let go with
/// it, so a refresh starts afresh and nothing outlives the reader it describes. The arrays of its
/// segments come from the index's <see cref="SegmentCache"/>, shared with the other readers of them.
/// </summary>
internal sealed class ReaderState(IndexReader reader, SegmentCache segments)
{
    private readonly ConcurrentDictionary<Type, Lazy<object>> kept = new();

    public IndexReader Reader => reader;

    public SegmentCache Segments => segments;

    /// <summary>The reader's <typeparamref name="T"/>, built by <paramref name="build"/> the first time (once, however many ask at once).</summary>
    public T Get<T>(Func<ReaderState, T> build) where T : class =>
        (T)kept.GetOrAdd(typeof(T), _ => new Lazy<object>(() => build(this))).Value;

    /// <summary>
    /// The state of <paramref name="searcher"/>'s reader: its own when it is an
    /// <see cref="ArchiveIndexSearcher"/>, otherwise a new one each time, which keeps nothing from
    /// one call to the next (a job that asks more than once makes an ArchiveIndexSearcher).
    /// </summary>
    public static ReaderState Of(IndexSearcher searcher) =>
        searcher is ArchiveIndexSearcher archive ? archive.State : new ReaderState(searcher.IndexReader, new SegmentCache());
}

/// <summary>A searcher of the index, with its reader's <see cref="ReaderState"/>.</summary>
internal sealed class ArchiveIndexSearcher(IndexReader reader, SegmentCache segments) : IndexSearcher(reader)
{
    public ReaderState State { get; } = new(reader, segments);
}
