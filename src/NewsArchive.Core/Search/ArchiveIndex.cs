using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using NewsArchive.Core.Indexing;
using NewsArchive.Core.Search.Counting;
using NewsArchive.Core.Search.Sorting;
using Directory = Lucene.Net.Store.Directory;

namespace NewsArchive.Core.Search;

/// <summary>
/// The searchable index: one <see cref="SearcherManager"/> for the life of the process. Searchers
/// are leased per request; <see cref="MaybeRefresh"/> picks up the indexer's commits and is meant
/// to be called from a background loop, never inside a request.
/// </summary>
public sealed class ArchiveIndex : IDisposable
{
    private readonly Directory directory;
    private readonly SearcherManager manager;

    private ArchiveIndex(Directory directory)
    {
        this.directory = directory;
        manager = new SearcherManager(directory, new ArchiveSearcherFactory());
    }

    /// <summary>Opens the index at <paramref name="path"/>; throws if there is no index there.</summary>
    public static ArchiveIndex Open(string path)
    {
        var directory = FSDirectory.Open(path);
        try
        {
            if (!DirectoryReader.IndexExists(directory))
                throw new IndexNotFoundException($"No index in {path}");
            return new ArchiveIndex(directory);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    public static bool ExistsAt(string path)
    {
        if (!System.IO.Directory.Exists(path)) return false;
        using var directory = FSDirectory.Open(path);
        return DirectoryReader.IndexExists(directory);
    }

    public SearcherLease Acquire() => new(manager);

    /// <summary>Opens the newest commit if there is one; returns whether the searcher changed.</summary>
    public bool MaybeRefresh()
    {
        // SearcherManager.MaybeRefresh answers whether a refresh was possible, not whether
        // anything changed, so ask first whether the current searcher is still the newest.
        if (manager.IsSearcherCurrent()) return false;
        manager.MaybeRefreshBlocking();
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
        manager.Dispose();
        directory.Dispose();
    }

    /// <summary>
    /// Every searcher the manager opens scores with the similarity the index was written with,
    /// and has its facet ordinals, date arrays and whole-archive counts built before the first
    /// search sees it (a refresh runs in the background; a search should not wait for them).
    /// </summary>
    private sealed class ArchiveSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            ReaderFacets.For(reader).Warm();
            DateSortSource.Warm(reader, ArchiveSchema.SortDate);
            Stories.StoryTable.For(reader);
            var searcher = new IndexSearcher(reader) { Similarity = new ArchiveSimilarity() };
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
