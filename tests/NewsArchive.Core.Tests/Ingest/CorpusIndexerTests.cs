using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Core.Ingest;
using NewsArchive.Core.Reading;
using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Core.Tests.Ingest;

/// <summary>Incremental runs: only new and changed files are read, deleted files take their articles along.</summary>
public sealed class CorpusIndexerTests : IDisposable
{
    private readonly TempFolder folder = new("newsarchive-ingest-");
    private readonly CorpusIndexer indexer = new(new LuceneArchiveEngine(), CorpusReader.Default, NullLogger<CorpusIndexer>.Instance);

    public CorpusIndexerTests()
    {
        folder.Write("corpus/talks.txt", "Talks begin\n\nThe talks began on Monday.");
        folder.Write("corpus/wire/metals.jsonl", string.Join('\n',
            """{"id": "w-1", "title": "Tin output up", "body": "Tin rose.", "source": "Reuters"}""",
            """{"id": "w-2", "title": "Zinc output down", "body": "Zinc fell.", "source": "Reuters"}"""));
    }

    private string Corpus => folder.PathOf("corpus");

    private string IndexPath => folder.PathOf("index");

    public void Dispose() => folder.Dispose();

    private IndexSummary Update(bool rebuild = false, IReadOnlyList<string>? inputs = null) =>
        indexer.Update(IndexPath, inputs ?? [Corpus], new CorpusIndexOptions { Rebuild = rebuild });

    private List<string> Ids()
    {
        using var index = ArchiveIndex.Open(IndexPath);
        var searcher = new ArchiveSearcher(index, ArchiveAnalyzer.Create());
        return searcher.Search(new SearchRequest { PageSize = 100 }).Hits.Select(h => h.Id).Order().ToList();
    }

    [Fact]
    public void Update_FirstRun_ReadsEveryFile()
    {
        var summary = Update();

        Assert.Equal(new FileCounts(Read: 2, Unchanged: 0, Deleted: 0), summary.Files);
        Assert.Equal(3, summary.Added);
        Assert.Equal(["talks.txt", "w-1", "w-2"], Ids());
    }

    [Fact]
    public void Update_NothingChanged_ReadsNoFile()
    {
        Update();

        var summary = Update();

        Assert.Equal(new FileCounts(Read: 0, Unchanged: 2, Deleted: 0), summary.Files);
        Assert.Equal(0, summary.Indexed);
        Assert.Equal(3, summary.TotalArticles);
    }

    [Fact]
    public void Update_FileTouchedButNotChanged_IsNotReadAgain()
    {
        Update();
        File.SetLastWriteTimeUtc(folder.PathOf("corpus/talks.txt"), DateTime.UtcNow.AddMinutes(5));

        var touched = Update();
        var after = Update();

        Assert.Equal(new FileCounts(Read: 0, Unchanged: 2, Deleted: 0), touched.Files);
        Assert.Equal(new FileCounts(Read: 0, Unchanged: 2, Deleted: 0), after.Files);
    }

    [Fact]
    public void Update_ChangedFile_ReplacesItsArticlesAndDropsTheOnesItNoLongerHas()
    {
        Update();
        folder.Write("corpus/wire/metals.jsonl", """{"id": "w-1", "title": "Tin output up sharply", "body": "Tin rose a lot.", "source": "Reuters"}""");

        var summary = Update();

        Assert.Equal(new FileCounts(Read: 1, Unchanged: 1, Deleted: 0), summary.Files);
        Assert.Equal(1, summary.Replaced);
        Assert.Equal(2, summary.Removed);
        Assert.Equal(["talks.txt", "w-1"], Ids());
    }

    [Fact]
    public void Update_NewFile_IsAdded()
    {
        Update();
        folder.Write("corpus/later.txt", "Later news\n\nSomething happened later.");

        var summary = Update();

        Assert.Equal(new FileCounts(Read: 1, Unchanged: 2, Deleted: 0), summary.Files);
        Assert.Equal(["later.txt", "talks.txt", "w-1", "w-2"], Ids());
    }

    [Fact]
    public void Update_DeletedFile_RemovesItsArticles()
    {
        Update();
        File.Delete(folder.PathOf("corpus/wire/metals.jsonl"));

        var summary = Update();

        Assert.Equal(new FileCounts(Read: 0, Unchanged: 1, Deleted: 1), summary.Files);
        Assert.Equal(2, summary.Removed);
        Assert.Equal(["talks.txt"], Ids());
    }

    [Fact]
    public void Update_SidecarAddedChangedOrRemoved_RereadsItsFile()
    {
        Update();

        folder.Write("corpus/talks.meta.json", """{"source": "Example Wire"}""");
        var added = Update();
        var sourceAfterAdding = SourceOf("talks.txt");
        folder.Write("corpus/talks.meta.json", """{"source": "Other Wire"}""");
        var changed = Update();
        var sourceAfterChanging = SourceOf("talks.txt");
        File.Delete(folder.PathOf("corpus/talks.meta.json"));
        var removed = Update();

        Assert.Equal(1, added.Files!.Value.Read);
        Assert.Equal("Example Wire", sourceAfterAdding);
        Assert.Equal(1, changed.Files!.Value.Read);
        Assert.Equal("Other Wire", sourceAfterChanging);
        Assert.Equal(1, removed.Files!.Value.Read);
        Assert.Null(SourceOf("talks.txt"));
        Assert.Equal(0, Update().Files!.Value.Read);
    }

    private string? SourceOf(string id)
    {
        using var index = ArchiveIndex.Open(IndexPath);
        return new ArchiveSearcher(index, ArchiveAnalyzer.Create()).Article(id, null)!.Article.Source;
    }

    [Fact]
    public void Update_OtherInputs_LeavesFilesOfEarlierInputsAlone()
    {
        Update();
        var other = folder.Write("elsewhere/extra.txt", "Extra story\n\nAn extra story.");

        var summary = Update(inputs: [other]);

        Assert.Equal(new FileCounts(Read: 1, Unchanged: 0, Deleted: 0), summary.Files);
        Assert.Equal(["extra.txt", "talks.txt", "w-1", "w-2"], Ids());
    }

    [Fact]
    public void Update_Rebuild_StartsOverAndReadsEverything()
    {
        Update();
        new IndexBuilder(new LuceneArchiveEngine(), NullLogger<IndexBuilder>.Instance).Build(IndexPath,
            [ReadResult.Of(new Articles.Article { Id = "stray", Title = "Stray", Body = "Not from the corpus." })]);

        var summary = Update(rebuild: true);

        Assert.Equal(new FileCounts(Read: 2, Unchanged: 0, Deleted: 0), summary.Files);
        Assert.Equal(["talks.txt", "w-1", "w-2"], Ids());
    }

    [Fact]
    public void Update_StoppedHalfWay_NextRunFinishesWithEveryArticleOnce()
    {
        for (var i = 0; i < 20; i++) folder.Write($"corpus/batch/{i:D2}.txt", $"Story {i}\n\nText of story {i}.");
        using var stop = new CancellationTokenSource();
        var progress = new StopAfter(5, stop);

        var reportEveryArticle = new CorpusIndexOptions { Run = new IndexRunOptions { ProgressInterval = TimeSpan.Zero } };
        indexer.Update(IndexPath, [Corpus], reportEveryArticle, progress, stop.Token);
        var resumed = Update();

        Assert.True(resumed.Files!.Value.Read > 0, "the rest of the files are read by the next run");
        Assert.Equal(23, resumed.TotalArticles);
        Assert.Equal(23, Ids().Distinct().Count());
    }

    /// <summary>Cancels the run once it has indexed a few articles.</summary>
    private sealed class StopAfter(int articles, CancellationTokenSource stop) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value)
        {
            if (value.Articles >= articles) stop.Cancel();
        }
    }
}
