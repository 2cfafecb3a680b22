using NewsArchive.Core;
using NewsArchive.Core.Ingest;
using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search;
using NewsArchive.LuceneEngine.Writing;

namespace NewsArchive.LuceneEngine;

/// <summary>
/// Archives kept as Lucene.Net indexes in folders of this machine. Searches are bounded by
/// <paramref name="bounds"/> (time, snippet work; <see cref="SearchBounds.Default"/> if none).
/// </summary>
public sealed class LuceneArchiveEngine(SearchBounds? bounds = null) : IArchiveEngine
{
    public bool ExistsAt(string path) => ArchiveIndex.ExistsAt(path);

    public int ArticlesAt(string path) => ArchiveIndex.ArticlesAt(path);

    /// <summary>Opening reads every segment's headers, postings metadata and doc values, to warm them.</summary>
    public IArchive Open(string path) => Searching(ArchiveIndex.Open(path));

    public IArchive OpenWhenReady(string path) => Searching(ArchiveIndex.OpenWhenReady(path));

    public IArchiveSink OpenSink(string path, bool rebuild = false, int threads = 1) => ArchiveWriter.Open(path, rebuild, threads);

    private ArchiveSearcher Searching(ArchiveIndex index) => new(index, ArchiveAnalyzer.Create(), bounds);
}
