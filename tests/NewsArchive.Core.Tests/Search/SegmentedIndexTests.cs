using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Core.Articles;
using NewsArchive.Core.Ingest;
using NewsArchive.Core.Reading;
using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search;
using static NewsArchive.Core.Tests.Support.TestArticle;

namespace NewsArchive.Core.Tests.Search;

/// <summary>
/// An index updated over several runs has several segments, each numbering its facet values its
/// own way, and replaced articles left behind as deletions: counts must still be per value, once.
/// </summary>
public sealed class SegmentedIndexTests : IDisposable
{
    private readonly TempFolder folder = new("newsarchive-segments-");
    private readonly IndexBuilder builder = new(new LuceneArchiveEngine(), NullLogger<IndexBuilder>.Instance);

    public void Dispose() => folder.Dispose();

    private static Article Tagged(string id, string source, DateTimeOffset date, params string[] topics) =>
        Make(id, "Cocoa report", "Cocoa prices moved.", date, source) with
        {
            Keywords = new Dictionary<string, IReadOnlyList<string>> { ["topics"] = topics },
        };

    private void Run(params Article[] articles) => builder.Build(folder.Path, articles.Select(ReadResult.Of));

    [Fact]
    public void Search_IndexBuiltInSeveralRuns_CountsEachValueOnceAcrossSegments()
    {
        Run(Tagged("a", "Zeta", Utc(2022, 1, 1), "sugar"), Tagged("b", "Alpha", Utc(2022, 1, 2), "cocoa", "sugar"));
        Run(Tagged("c", "Alpha", Utc(2022, 1, 3), "cocoa"), Tagged("d", "Mid", Utc(2022, 1, 3), "tin"));
        // Replaces "a" (now Alpha, cocoa): its old version must no longer be counted.
        Run(Tagged("a", "Alpha", Utc(2022, 1, 5), "cocoa"));

        using var index = ArchiveIndex.Open(folder.Path);
        using var analyzer = ArchiveAnalyzer.Create();
        var results = new ArchiveSearcher(index, analyzer).Search(new SearchRequest { Query = "cocoa" });

        Assert.Equal(4, results.Total);
        Assert.Equal([new FacetValue("Alpha", 3), new FacetValue("Mid", 1)], results.Sources);
        Assert.Equal([new FacetValue("cocoa", 3), new FacetValue("sugar", 1), new FacetValue("tin", 1)], results.Keywords["topics"]);
        // The replaced version of "a" (1 January) is gone from the histogram too.
        Assert.Equal([("2022-01-02", 1), ("2022-01-03", 2), ("2022-01-04", 0), ("2022-01-05", 1)],
            results.Dates.Buckets.Select(b => (b.Label, b.Count)));
    }

    [Fact]
    public void MaybeRefresh_AfterAnotherRun_SeesTheNewArticles()
    {
        Run(Tagged("a", "Alpha", Utc(2022, 1, 1), "cocoa"));
        using var index = ArchiveIndex.Open(folder.Path);
        using var analyzer = ArchiveAnalyzer.Create();
        var searcher = new ArchiveSearcher(index, analyzer);
        Assert.Equal(1, searcher.Search(new SearchRequest()).Total);

        Run(Tagged("b", "Alpha", Utc(2022, 1, 2), "cocoa"));

        Assert.Equal(1, searcher.Search(new SearchRequest()).Total);
        Assert.True(index.MaybeRefresh());
        Assert.Equal(2, searcher.Search(new SearchRequest()).Total);
        Assert.Equal(2, index.ArticleCount);
    }
}
