using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Core.Articles;
using NewsArchive.Core.Ingest;
using NewsArchive.Core.Reading;
using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Core.Tests.Ingest;

/// <summary>
/// Metadata indexed whole (id, source, keyword values) longer than the index holds as one term
/// skips its article with a reason; it must not end the run and lose every other article.
/// </summary>
public sealed class OverlongMetadataTests : IDisposable
{
    private readonly TempFolder folder = new("newsarchive-overlong-");

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("id", "id")]
    [InlineData("source", "source")]
    [InlineData("topics", "keyword list \"topics\"")]
    public void Update_ArticleWithOverlongWholeTerm_IsSkippedAndTheOthersIndexed(string field, string named)
    {
        var huge = new string('x', 40_000);
        object value = field == "topics" ? new[] { huge } : huge;
        var overlong = new Dictionary<string, object> { ["id"] = "overlong", ["title"] = "Overlong", ["body"] = "Text.", [field] = value };
        folder.Write("corpus/a.jsonl", string.Join('\n',
            """{"id": "before", "title": "Before", "body": "Text."}""",
            JsonSerializer.Serialize(overlong),
            """{"id": "after", "title": "After", "body": "Text."}"""));
        var indexer = new CorpusIndexer(new LuceneArchiveEngine(), CorpusReader.Default, NullLogger<CorpusIndexer>.Instance);

        var summary = indexer.Update(folder.PathOf("index"), [folder.PathOf("corpus")], new CorpusIndexOptions());

        Assert.Equal(2, summary.Added);
        var skipped = Assert.Single(summary.Skipped);
        Assert.Contains(named, skipped.Reason);
        Assert.EndsWith("a.jsonl", skipped.Path);
        using var index = ArchiveIndex.Open(folder.PathOf("index"));
        var ids = new ArchiveSearcher(index, ArchiveAnalyzer.Create()).Search(new SearchRequest()).Hits.Select(h => h.Id).Order();
        Assert.Equal(["after", "before"], ids);
    }

    [Fact]
    public void Problem_MetadataJustWithinTheLimit_IsNone()
    {
        var article = new NewsArchive.Core.Articles.Article { Id = new string('x', WholeValueLimit.MaxBytes), Title = "T", Body = "" };

        Assert.Null(WholeTermLimit.Problem(article));
        Assert.NotNull(WholeTermLimit.Problem(article with { Id = article.Id + "x" }));
        // Three bytes each in UTF-8: the limit is in bytes, not characters.
        Assert.NotNull(WholeTermLimit.Problem(article with { Id = new string('€', WholeValueLimit.MaxBytes / 3 + 1) }));
    }
}
