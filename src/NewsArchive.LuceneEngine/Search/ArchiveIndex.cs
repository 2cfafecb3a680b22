using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Readers;
using NewsArchive.LuceneEngine.Search.Counting;
using NewsArchive.LuceneEngine.Search.Sorting;
using Directory = Lucene.Net.Store.Directory;

namespace NewsArchive.LuceneEngine.Search;

/// <summary>
/// The searchable index: one <see cref="SearcherManager"/> for the life of the process. Searchers
/// are leased per request; <see cref="MaybeRefresh"/> picks up the indexer's commits and is meant
/// to be called from a background loop, never inside a request. An index that could not be opened
/// (<see cref="OpenWhenReady"/>) says why in <see cref="State"/>, and is opened by the first
/// <see cref="MaybeRefresh"/> that finds it readable: once open, it stays open, though a new commit
/// whose files fail their checksums makes it <see cref="IndexState.Damaged"/> until one that passes.
/// </summary>
public sealed class ArchiveIndex : IDisposable
{
    private readonly string path;
    private readonly System.Threading.Lock opening = new();
    private readonly SegmentVerifier verifier;
    // The arrays read from each segment, shared by the readers the refreshes open over it.
    private readonly SegmentCache segments = new();
    private Directory? directory;
    private string? damagedFiles;
    private volatile SearcherManager? manager;
    private volatile int state;

    private ArchiveIndex(string path, IndexState state)
    {
        this.path = path;
        verifier = new SegmentVerifier(path);
        this.state = (int)state;
    }

    /// <summary>Opens the index at <paramref name="path"/>; throws if there is no index there or it cannot be read.</summary>
    public static ArchiveIndex Open(string path)
    {
        var index = new ArchiveIndex(path, IndexState.Missing);
        index.OpenNow();
        return index;
    }

    /// <summary>
    /// Opens the index if it can be read; otherwise an index that is not yet available:
    /// <see cref="IndexState.Locked"/> while a writer holds a folder with no commit yet,
    /// <see cref="IndexState.Missing"/> when there is no index at all, or
    /// <see cref="IndexState.Damaged"/> if it cannot be read. Never throws for what is in the folder.
    /// </summary>
    public static ArchiveIndex OpenWhenReady(string path)
    {
        var index = new ArchiveIndex(path, IndexState.Missing);
        index.TryOpen();
        return index;
    }

    public static bool ExistsAt(string path)
    {
        if (!System.IO.Directory.Exists(path)) return false;
        using var directory = FSDirectory.Open(path);
        return DirectoryReader.IndexExists(directory);
    }

    /// <summary>
    /// The articles of the index at <paramref name="path"/>, 0 where there is none: read from its
    /// newest commit alone, without the facets, dates and stories an opened index warms.
    /// Throws if there is an index that cannot be read.
    /// </summary>
    public static int ArticlesAt(string path)
    {
        if (!ExistsAt(path)) return 0;
        using var directory = FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(directory);
        return reader.NumDocs;
    }

    public IndexState State => (IndexState)state;

    /// <summary>Why the index last failed to open, for the log; null once open.</summary>
    public Exception? Fault { get; private set; }

    public SearcherLease Acquire() => new(manager ?? throw new IndexUnavailableException(State));

    /// <summary>
    /// Opens the newest commit if there is one; returns whether the searcher changed (or the
    /// index was opened). An index not yet open is tried again; an open one keeps its searcher
    /// if the new commit cannot be read yet, and is <see cref="IndexState.Damaged"/> if a file of
    /// the new commit fails its checksum, or one of its own files changed on disk and fails it
    /// (until a commit, or a file put back, that passes).
    /// </summary>
    public bool MaybeRefresh()
    {
        // A damaged index is read again only once its files have changed (rebuilt, restored,
        // removed): checking every byte of it at every tick would keep the disk busy for nothing.
        if (State == IndexState.Damaged && damagedFiles == FolderContents()) return false;
        if (manager is not { } current) return TryOpen();
        try
        {
            // SearcherManager.MaybeRefresh answers whether a refresh was possible, not whether
            // anything changed, so ask first whether the current searcher is still the newest.
            if (current.IsSearcherCurrent())
            {
                verifier.VerifyUnchanged();
                if (State == IndexState.Damaged) Opened();
                return false;
            }
            current.MaybeRefreshBlocking();
        }
        catch (IndexDamagedException ex)
        {
            // The searcher of the last good commit stays, but an archive that answers from it
            // while the index on disk is damaged would hide the damage until the next restart.
            Damaged(ex);
            return false;
        }
        if (State == IndexState.Damaged) Opened();
        return true;
    }

    public int ArticleCount
    {
        get
        {
            using var lease = Acquire();
            return lease.Searcher.IndexReader.NumDocs;
        }
    }

    public void Dispose()
    {
        lock (opening)
        {
            manager?.Dispose();
            directory?.Dispose();
        }
    }

    private bool TryOpen()
    {
        try
        {
            OpenNow();
            return true;
        }
        catch (IndexNotFoundException ex)
        {
            // No commit: being built (or rebuilt over a damaged index) while a writer holds the
            // lock, missing otherwise — a writer killed before its first commit left nothing.
            Fault = ex;
            state = (int)(WriterLock.IsHeld(path) ? IndexState.Locked : IndexState.Missing);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // CorruptIndexException, a checksum that fails, a segment's file gone, a read error:
            // all are IOExceptions.
            Damaged(ex);
        }
        return false;
    }

    private void Damaged(Exception fault)
    {
        Fault = fault;
        damagedFiles = FolderContents();
        state = (int)IndexState.Damaged;
    }

    private void Opened()
    {
        Fault = null;
        damagedFiles = null;
        state = (int)IndexState.Open;
    }

    /// <summary>Each file of the folder by name, size and time written: what changes when anything is written there.</summary>
    private string FolderContents()
    {
        try
        {
            return string.Join('\n', new DirectoryInfo(path).EnumerateFiles()
                .OrderBy(file => file.Name, StringComparer.Ordinal)
                .Select(file => $"{file.Name} {file.Length} {file.LastWriteTimeUtc.Ticks}"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    private void OpenNow()
    {
        lock (opening)
        {
            if (manager is not null) return;
            var opened = FSDirectory.Open(path);
            try
            {
                if (!DirectoryReader.IndexExists(opened))
                    throw new IndexNotFoundException($"No index in {path}");
                manager = new SearcherManager(opened, new ArchiveSearcherFactory(verifier, segments));
                directory = opened;
                Opened();
            }
            catch
            {
                opened.Dispose();
                throw;
            }
        }
    }

    /// <summary>
    /// Every searcher the manager opens has the checksums of its new segments verified, scores
    /// with the similarity the index was written with, and has its facet ordinals, date arrays and
    /// whole-archive counts built before the first search sees it (the opening and the refreshes
    /// run in the background; a search should not wait for them).
    /// </summary>
    private sealed class ArchiveSearcherFactory(SegmentVerifier verifier, SegmentCache segments) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            verifier.Verify(reader);
            var searcher = new ArchiveIndexSearcher(reader, segments) { Similarity = new ArchiveSimilarity() };
            ReaderFacets.For(searcher.State).Warm();
            DateSortSource.Warm(searcher.State, ArchiveSchema.SortDate);
            StoryTable.For(searcher);
            // What the home page shows is counted now, in the background, rather than by its first visitor.
            WholeArchive.For(searcher).Page(searcher, new SearchRequest());
            return searcher;
        }
    }
}

/// <summary>A searcher on loan from the manager; dispose to give it back.</summary>
public readonly struct SearcherLease : IDisposable
{
    private readonly SearcherManager manager;

    internal SearcherLease(SearcherManager manager)
    {
        this.manager = manager;
        Searcher = manager.Acquire();
    }

    public IndexSearcher Searcher { get; }

    public void Dispose() => manager.Release(Searcher);
}
