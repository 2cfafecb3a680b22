using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Core.Ingest;
using NewsArchive.Core.Reading;
using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Core.Tests.Indexing;

/// <summary>Building an index from files, and re-building it from the same or changed files.</summary>
public sealed class IndexBuilderTests : IDisposable
{
    private readonly TempFolder input = new("index-input-");
    private readonly TempFolder index = new("index-output-");

    public void Dispose()
    {
        input.Dispose();
        index.Dispose();
    }

    private IndexSummary Build() =>
        new IndexBuilder(new LuceneArchiveEngine(), NullLogger<IndexBuilder>.Instance).Build(index.Path, CorpusReader.Default.Read([input.Path]));

    private void WriteWire(string secondTitle = "Coffee talks stall") =>
        input.Write("wire.jsonl", string.Join('\n',
            """{"id": "w-1", "title": "Cocoa prices rise", "body": "Cocoa rose."}""",
            $$"""{"id": "w-2", "title": "{{secondTitle}}", "body": "Coffee fell."}""",
            """{"id": "w-3", "title": "Tin output up", "body": "Tin rose."}"""));

    [Fact]
    public void Build_NewIndex_AddsEveryArticle()
    {
        WriteWire();
        input.Write("story.txt", "Talks begin\n\nThe talks began.");

        var summary = Build();

        Assert.Equal(4, summary.Added);
        Assert.Equal(0, summary.Replaced);
        Assert.Equal(4, summary.Indexed);
        Assert.Equal(4, summary.TotalArticles);
        Assert.Empty(summary.Skipped);
        Assert.True(ArchiveIndex.ExistsAt(index.Path));
    }

    [Fact]
    public void Build_SameInputTwice_ReplacesByIdWithoutDuplicates()
    {
        WriteWire();
        input.Write("story.txt", "Talks begin\n\nThe talks began.");

        var first = Build();
        var second = Build();

        Assert.Equal((4, 0, 4), (first.Added, first.Replaced, first.TotalArticles));
        Assert.Equal((0, 4, 4), (second.Added, second.Replaced, second.TotalArticles));
        using var archive = ArchiveIndex.Open(index.Path);
        Assert.Equal(4, archive.ArticleCount);
    }

    [Fact]
    public void Build_ChangedArticle_ReplacesTheOldVersion()
    {
        WriteWire("Coffee talks stall");
        Build();
        WriteWire("Coffee talks collapse");

        var summary = Build();

        Assert.Equal((0, 3, 3), (summary.Added, summary.Replaced, summary.TotalArticles));
        using var archive = ArchiveIndex.Open(index.Path);
        using var analyzer = ArchiveAnalyzer.Create();
        var searcher = new ArchiveSearcher(archive, analyzer);
        Assert.Equal("Coffee talks collapse", searcher.Article("w-2", null)?.Article.Title);
        Assert.Equal(0, searcher.Search(new SearchRequest { Query = "stall" }).Total);
    }

    [Fact]
    public void Build_NewFileNextToIndexedOnes_AddsOnlyTheNewArticles()
    {
        WriteWire();
        Build();
        input.Write("more.jsonl", """{"id": "w-4", "title": "Sugar", "body": "Sugar fell."}""");

        var summary = Build();

        Assert.Equal((1, 3, 4), (summary.Added, summary.Replaced, summary.TotalArticles));
    }

    [Fact]
    public void Build_SameIdTwiceInOneRun_KeepsOneArticleAndCountsTheSecondAsReplaced()
    {
        input.Write("wire.jsonl", string.Join('\n',
            """{"id": "w-1", "title": "First", "body": "One."}""",
            """{"id": "w-1", "title": "Second", "body": "Two."}"""));

        var summary = Build();

        Assert.Equal((1, 1, 1), (summary.Added, summary.Replaced, summary.TotalArticles));
    }

    [Fact]
    public void Build_InputWithProblems_CountsThemInTheSummaryAndIndexesTheRest()
    {
        var wire = input.Write("wire.jsonl", string.Join('\n',
            """{"id": "w-1", "title": "Cocoa", "body": "Cocoa rose."}""",
            """{"id": "w-2", "title": """,
            """[1, 2]""",
            """{"id": "w-4", "title": "Tin", "body": "Tin rose."}"""));
        var pdf = input.Write("scan.pdf", "%PDF");

        var summary = Build();

        Assert.Equal(2, summary.Added);
        Assert.Equal(2, summary.TotalArticles);
        Assert.Equal(3, summary.Skipped.Count);
        Assert.Equal([(pdf, (int?)null), (wire, 2), (wire, 3)], summary.Skipped.Select(p => (p.Path, p.Line)).Order());
    }

    [Fact]
    public void Build_NoArticlesAtAll_StillCreatesAnEmptySearchableIndex()
    {
        var summary = Build();

        Assert.Equal(0, summary.TotalArticles);
        using var archive = ArchiveIndex.Open(index.Path);
        Assert.Equal(0, archive.ArticleCount);
    }
}
