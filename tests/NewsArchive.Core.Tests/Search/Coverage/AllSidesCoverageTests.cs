using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Core.Ingest;
using NewsArchive.Core.Reading;
using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Counting;
using NewsArchive.Core.Search.Coverage;
using NewsArchive.Core.Tests.Reading;
using NewsArchive.Core.Tests.Support;
using NewsArchive.LuceneEngine;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Core.Tests.Search.Coverage;

/// <summary>
/// The comparison the compare page was made for, on the real archive it was made for: AllSides'
/// "immigration" split by bias, by year, as a share. Each group's point of each year is what two
/// separate filtered searches count (the matches of the group in the year, and all of the
/// group's articles of the year), as a reader would work it out by hand.
/// </summary>
public sealed class AllSidesCoverageTests : IDisposable
{
    private const string AllSides = "../shared/corpora/allsides37k.jsonl.gz";

    private readonly TempFolder folder = new("newsarchive-allsides-coverage-");
    public void Dispose() => folder.Dispose();

    [FactIfFileExists(AllSides)]
    public void ImmigrationByBias_ByYear_AsShare_IsWhatSeparateFilteredSearchesCount()
    {
        var corpus = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, AllSides));
        new IndexBuilder(new LuceneArchiveEngine(), NullLogger<IndexBuilder>.Instance).Build(folder.Path, CorpusReader.Default.Read([corpus]));
        using var archive = new ArchiveSearcher(ArchiveIndex.Open(folder.Path), ArchiveAnalyzer.Create());

        var (chart, error) = CoverageBuilder.Build(archive, new CoverageRequest
        {
            Queries = ["immigration"],
            SplitBy = Facet.KeywordList("bias"),
            Interval = CoverageInterval.Year,
            Measure = CoverageMeasure.Share,
        }, DateTimeOffset.UtcNow);

        Assert.Null(error);
        Assert.Equal(["center", "left", "right"], chart!.Series.Select(s => s.Label).Order());
        Assert.True(chart.Periods.Count >= 9, $"{chart.Periods.Count} years");
        foreach (var series in chart.Series)
        {
            var group = new KeywordFilter("bias", series.Label);
            foreach (var (period, point) in chart.Periods.Zip(series.Points))
            {
                var year = new SearchRequest { Keywords = [group], From = period.Start, To = period.Last, PageSize = 1, Snippets = false, AdviseSpelling = false };
                var matches = archive.Search(year with { Query = "immigration", AsTyped = true }).Total;
                var articles = archive.Search(year).Total;
                Assert.True((matches, articles) == (point.Count, point.Base), $"{series.Label} {period.Label}: searches count {(matches, articles)}, the chart {(point.Count, point.Base)}");
                Assert.Equal(articles == 0 ? null : Math.Round(matches * 100.0 / articles, 4), point.Share);
            }
            Assert.True(series.Points.Sum(p => p.Count) > 1_000, $"{series.Label}: {series.Points.Sum(p => p.Count)} matches charted");
        }
    }
}
