using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using NewsArchive.Core.Articles;
using NewsArchive.Core.Ingest;
using NewsArchive.Core.Stories;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Stories;
using Directory = Lucene.Net.Store.Directory;

namespace NewsArchive.LuceneEngine.Writing;

/// <summary>
/// The one writer of the index: adds or replaces articles by id, so re-runs never duplicate,
/// removes the articles of an origin (the file they came from), and commits with a checkpoint
/// (what the indexer knows about the files it has read, see <see cref="CheckpointFiles"/>) so that
/// both land together or not at all.
/// </summary>
public sealed class ArchiveWriter : IArchiveSink
{
    private readonly WriterLock writerLock;
    private readonly string indexPath;
    private readonly Directory directory;
    private readonly Analyzer analyzer;
    private readonly IndexWriter writer;
    private readonly DirectoryReader? committed;
    private readonly IndexingLanes lanes;
    private readonly int threads;

    private ArchiveWriter(WriterLock writerLock, string indexPath, Directory directory, Analyzer analyzer, IndexWriter writer, DirectoryReader? committed, int threads)
    {
        this.writerLock = writerLock;
        this.indexPath = indexPath;
        this.directory = directory;
        this.analyzer = analyzer;
        this.writer = writer;
        this.committed = committed;
        this.threads = threads;
        lanes = new IndexingLanes(writer, threads);
        Checkpoint = CheckpointFiles.Read(indexPath, committed?.IndexCommit.UserData);
    }

    private const double RamBufferMB = 256;

    /// <summary>
    /// Opens (or creates) the index; <paramref name="rebuild"/> starts it over, empty. Throws
    /// <see cref="IndexLockedException"/> at once if another writer has it.
    /// </summary>
    /// <param name="indexPath">The index folder.</param>
    /// <param name="rebuild">Start the index over, empty.</param>
    /// <param name="threads">Threads that analyse and write articles (see <see cref="IndexRunOptions.IndexingThreads"/>).</param>
    public static ArchiveWriter Open(string indexPath, bool rebuild = false, int threads = 1)
    {
        System.IO.Directory.CreateDirectory(indexPath);
        // Before Lucene's writer is made: it reads and deletes files as it opens.
        var writerLock = WriterLock.Acquire(indexPath);
        Directory? directory = null;
        try
        {
            directory = FSDirectory.Open(indexPath);
            // The writer does not own its analyzer; this class does, and disposes it with the writer.
            var analyzer = ArchiveAnalyzer.Create();
            IndexWriter writer;
            try
            {
                writer = new IndexWriter(directory, Config(analyzer, rebuild));
            }
            catch (LockObtainFailedException ex)
            {
                throw new IndexLockedException(indexPath, ex);
            }
            catch (IOException) when (rebuild)
            {
                // A damaged index cannot even be started over: the writer reads its old commit
                // points first, and fails on a corrupt one. Starting over, they can go.
                foreach (var name in directory.ListAll().Where(name => name.StartsWith(IndexFileNames.SEGMENTS, StringComparison.Ordinal)))
                    directory.DeleteFile(name);
                writer = new IndexWriter(directory, Config(analyzer, rebuild));
            }
            var committed = !rebuild && DirectoryReader.IndexExists(directory) ? DirectoryReader.Open(directory) : null;
            return new ArchiveWriter(writerLock, indexPath, directory, analyzer, writer, committed, threads);
        }
        catch
        {
            directory?.Dispose();
            writerLock.Dispose();
            throw;
        }
    }

    /// <summary>A writer's settings; each writer needs its own instance.</summary>
    private static IndexWriterConfig Config(Analyzer analyzer, bool rebuild) => new(ArchiveSchema.Version, analyzer)
    {
        OpenMode = rebuild ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
        // Fewer, larger flushed segments: less merging later. Shared by all indexing threads.
        RAMBufferSizeMB = RamBufferMB,
        // Compound files only save file handles, and cost a copy of every new segment.
        UseCompoundFile = false,
        MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
        Similarity = new ArchiveSimilarity(),
    };

    /// <summary>The checkpoint of the commit the index was opened at (see <see cref="CheckpointFiles"/>).</summary>
    public IReadOnlyDictionary<string, string> Checkpoint { get; }

    /// <summary>Articles in the index, counting what this writer added and removed so far.</summary>
    public int ArticleCount
    {
        get
        {
            lanes.WaitUntilWritten();
            return writer.NumDocs;
        }
    }

    public string? Refusal(Article article) => WholeTermLimit.Problem(article);

    /// <summary>Whether the index as it was opened has an article with this id.</summary>
    public bool WasIndexed(string id) => committed is not null && committed.DocFreq(ArticleDocument.IdTerm(id)) > 0;

    /// <summary>How many articles the index as it was opened has from this origin.</summary>
    public int CountOrigin(string origin) =>
        committed is null ? 0 : new IndexSearcher(committed).Search(new TermQuery(ArticleDocument.OriginTerm(origin)), 1).TotalHits;

    /// <summary>
    /// Whether the index as it was opened has an article with this id from an origin other than
    /// <paramref name="origin"/> and than <paramref name="gone"/> (files deleted since): an article
    /// of a changed file whose id is another file's, left as it was, must not silently replace it.
    /// </summary>
    public bool HeldByAnother(string id, string origin, IReadOnlyCollection<string> gone)
    {
        if (committed is null || !WasIndexed(id)) return false;
        var query = new BooleanQuery
        {
            { new TermQuery(ArticleDocument.IdTerm(id)), Occur.MUST },
            { new TermQuery(ArticleDocument.OriginTerm(origin)), Occur.MUST_NOT },
        };
        foreach (var path in gone) query.Add(new TermQuery(ArticleDocument.OriginTerm(path)), Occur.MUST_NOT);
        return new IndexSearcher(committed).Search(query, 1).TotalHits > 0;
    }

    /// <summary>Queues the article for writing (on another thread), replacing <paramref name="earlier"/> versions.</summary>
    public void Write(Article article, string? origin, EarlierVersion earlier) => lanes.Add(article, origin, earlier);

    public void DeleteOrigin(string origin) => writer.DeleteDocuments(ArticleDocument.OriginTerm(origin));

    /// <summary>
    /// Gives every article written so far that has no story one (see <see cref="StoryGrouper"/>);
    /// the stories are stored with the next commit. Skipped for an index made before stories
    /// existed, whose articles have no story field to update: rebuild it.
    /// </summary>
    public StoryGrouping GroupStories(StoryOptions options)
    {
        lanes.WaitUntilWritten();
        // The merges the writing started would take the processors from the grouping, which then
        // reads the fewer segments they leave (at 1M articles: 138 s of grouping beside them, 93 s after).
        writer.WaitForMerges();
        using var reader = DirectoryReader.Open(writer, applyAllDeletes: true);
        var fields = MultiFields.GetMergedFieldInfos(reader);
        if (fields.FieldInfo(ArchiveSchema.Story)?.DocValuesType != DocValuesType.NUMERIC)
            return StoryGrouping.None;
        // An index made before merged stories were kept has nowhere to keep an article's first story.
        var keepsFirst = fields.FieldInfo(ArchiveSchema.FirstStory)?.DocValuesType == DocValuesType.NUMERIC;
        return new StoryGrouper(options, threads).Group(reader, (id, story, first) =>
        {
            writer.UpdateNumericDocValue(ArticleDocument.IdTerm(id), ArchiveSchema.Story, story.Value);
            if (first is { } given && keepsFirst) writer.UpdateNumericDocValue(ArticleDocument.IdTerm(id), ArchiveSchema.FirstStory, given.Value);
        });
    }

    public void Commit(IDictionary<string, string>? checkpoint = null)
    {
        // The checkpoint says which files are in the index, so every article read before it
        // must be in the commit as well.
        lanes.WaitUntilWritten();
        if (checkpoint is null)
        {
            writer.Commit();
            return;
        }
        var userData = CheckpointFiles.Write(indexPath, checkpoint);
        writer.SetCommitData(userData);
        writer.Commit();
        CheckpointFiles.RemoveAllBut(indexPath, userData);
    }

    /// <summary>
    /// Closes the writer. Only <see cref="Commit"/> publishes: whatever was written since (a run
    /// that failed half-way, say on a full disk) is rolled back, not committed on the way out as
    /// Lucene's own close would, so the index stays at its last commit with its file list. The
    /// writer is closed and the lock let go even when closing the lanes fails (after running out
    /// of memory, say).
    /// </summary>
    public void Dispose()
    {
        try
        {
            lanes.Dispose();
            committed?.Dispose();
        }
        finally
        {
            try
            {
                if (writer.HasUncommittedChanges()) writer.Rollback();
                else writer.Dispose();
            }
            finally
            {
                analyzer.Dispose();
                directory.Dispose();
                writerLock.Dispose();
            }
        }
    }
}
