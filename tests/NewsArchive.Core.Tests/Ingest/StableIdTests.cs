using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Core.Articles;
using NewsArchive.Core.Ingest;
using NewsArchive.Core.Reading;
using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search;
using NewsArchive.LuceneEngine.Writing;

namespace NewsArchive.Core.Tests.Ingest;

/// <summary>An article's id never collides silently and never moves; reports stay true on every run.</summary>
public sealed class StableIdTests : IDisposable
{
    private readonly TempFolder folder = new("newsarchive-stable-ids-");
    private readonly CorpusIndexer indexer = new(new LuceneArchiveEngine(), CorpusReader.Default, NullLogger<CorpusIndexer>.Instance);

    private string Corpus => folder.PathOf("corpus");

    private string IndexPath => folder.PathOf("index");

    public void Dispose() => folder.Dispose();

    private IndexSummary Update() => indexer.Update(IndexPath, [Corpus], new CorpusIndexOptions());

    private List<string> Ids()
    {
        using var index = ArchiveIndex.Open(IndexPath);
        var searcher = new ArchiveSearcher(index, ArchiveAnalyzer.Create());
        return searcher.Search(new SearchRequest { PageSize = 100 }).Hits.Select(h => h.Id).Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void Update_FilesThatOnceSharedAnId_AreEachAnArticle()
    {
        foreach (var name in new[] { "a.txt", "a.md", "a.html", "a.v2.txt", "a\\b.txt", "a/b.txt" })
            folder.Write("corpus/" + name, $"Story from {name}\n\nThe text of {name}.");

        var summary = Update();

        Assert.Equal((6, 0), (summary.Added, summary.Replaced));
        Assert.Equal(["a.html", "a.md", "a.txt", "a.v2.txt", "a/b.txt", "a\\b.txt"], Ids());
        Assert.Empty(summary.Warnings);
    }

    [Fact]
    public void Update_TwoFilesWithRecordsOfOneId_KeepsBothWarnsNamingBothAndNamesThemSoAgain()
    {
        var first = folder.Write("corpus/one.jsonl", """{"id": "x", "title": "First", "body": "One."}""");
        var second = folder.Write("corpus/two.jsonl", """{"id": "x", "title": "Second", "body": "Two."}""");

        var summary = Update();
        var rebuilt = indexer.Update(IndexPath, [Corpus], new CorpusIndexOptions { Rebuild = true });

        Assert.Equal(["x", "x~2"], Ids());
        var warning = Assert.Single(summary.Warnings);
        Assert.Equal(second, warning.Path);
        Assert.Contains(first, warning.Reason);
        Assert.Contains("kept as \"x~2\"", warning.Reason);
        Assert.Equal(2, rebuilt.Added);
        Assert.Equal(0, Update().Files!.Value.Read);
        Assert.Equal(["x", "x~2"], Ids());
    }

    [Fact]
    public void Update_AFolderAndItsSubfolderGiven_ReadsEachFileOnce()
    {
        folder.Write("corpus/sub/story.txt", "Talks begin\n\nThe talks began.");

        var summary = indexer.Update(IndexPath, [Corpus, folder.PathOf("corpus/sub")], new CorpusIndexOptions());

        Assert.Equal((1, 1), (summary.Added, summary.TotalArticles));
        Assert.Empty(summary.Warnings);
    }

    [Fact]
    public void Update_ChangedFileWithTheIdOfAnUnchangedFilesArticle_ReplacesNothingOfThatFile()
    {
        folder.Write("corpus/one.jsonl", """{"id": "x", "title": "First", "body": "One."}""");
        var two = folder.Write("corpus/two.jsonl", """{"id": "x", "title": "Second", "body": "Two."}""");
        Update();
        folder.Write("corpus/two.jsonl", """{"id": "x", "title": "Second, revised", "body": "Two, revised."}""");

        var summary = Update();

        Assert.Equal(["x", "x~2"], Ids());
        Assert.Equal("First", TitleOf("x"));
        Assert.Equal("Second, revised", TitleOf("x~2"));
        Assert.Equal(two, Assert.Single(summary.Warnings).Path);
    }

    private string TitleOf(string id)
    {
        using var index = ArchiveIndex.Open(IndexPath);
        return new ArchiveSearcher(index, ArchiveAnalyzer.Create()).Article(id, null)!.Article.Title;
    }

    [Fact]
    public void Update_LineInsertedIntoJsonLines_MovesNoOtherArticlesId()
    {
        folder.Write("corpus/wire.jsonl", string.Join('\n',
            """{"title": "Tin", "body": "Tin rose."}""",
            """{"title": "Zinc", "body": "Zinc fell.", "url": "https://wire.example/zinc"}"""));
        Update();
        var before = Ids();
        folder.Write("corpus/wire.jsonl", string.Join('\n',
            """{"title": "Copper", "body": "Copper held."}""",
            """{"title": "Tin", "body": "Tin rose."}""",
            """{"title": "Zinc (corrected)", "body": "Zinc fell less.", "url": "https://wire.example/zinc"}"""));

        Update();

        Assert.Equal(3, Ids().Count);
        Assert.Subset(Ids().ToHashSet(), before.ToHashSet());
    }

    [Fact]
    public void Update_IndexMadeWithTheOldIds_ReadsEveryFileOnceAndLeavesNoOldId()
    {
        var talks = folder.Write("corpus/talks.txt", "Talks begin\n\nThe talks began on Monday.");
        using (var writer = ArchiveWriter.Open(IndexPath))
        {
            writer.Write(new Article { Id = "talks", Title = "Talks begin", Body = "The talks began on Monday." }, talks, EarlierVersion.None);
            var old = FileManifest.FromCheckpoint(new Dictionary<string, string>());
            old.Set(talks, FileState.Of(talks) with { IdScheme = 0 });
            writer.Commit(old.ToCheckpoint());
        }

        var summary = Update();
        var after = Update();

        Assert.Equal(1, summary.Files!.Value.Read);
        Assert.Equal(1, summary.Removed);
        Assert.Equal(["talks.txt"], Ids());
        Assert.Equal(0, after.Files!.Value.Read);
    }

    [Fact]
    public void Update_UnchangedFileWithProblems_ReportsThemOnEveryRun()
    {
        var bad = folder.Write("corpus/wire.jsonl", string.Join('\n',
            """{"id": "w-1", "title": "Tin", "body": "Tin rose."}""",
            """{"id": "w-2", "title": """));

        var first = Update();
        var second = Update();

        Assert.Equal(0, second.Files!.Value.Read);
        Assert.Equal(first.Skipped, second.Skipped);
        Assert.Equal((bad, (int?)2), (second.Skipped[0].Path, second.Skipped[0].Line));
    }
}
