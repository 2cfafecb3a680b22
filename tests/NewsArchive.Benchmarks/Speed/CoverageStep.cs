using System.Diagnostics;
using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Counting;
using NewsArchive.Core.Search.Coverage;
using NewsArchive.Core.Search.Terms;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Benchmarks.Speed;

/// <summary>One kind of comparison's timings.</summary>
internal sealed record CoverageRow(string Size, string Kind, int Asked, double P50Ms, double P90Ms, double P99Ms, double MaxMs, double MeanMs)
{
    public string Step => "compare";
}

/// <summary>
/// The compare page's work in this process, one at a time: 6 of the diverse searches' queries on
/// one chart by month as shares; one query split by the archive's keyword list with the most
/// values (site, on AllSides and the generated archives: its 6 values with the most matches) by
/// year as shares; and one query's
/// characteristic words (the text of up to <see cref="TopTerms.MaxRead"/> matches read). What
/// the page adds to them is drawing; what the API adds, JSON.
/// </summary>
internal static class CoverageStep
{
    private const int Compares = 60;
    private const int Splits = 60;
    private const int TermLists = 30;

    public static IReadOnlyList<CoverageRow> Run(CorpusSize size, ArchiveSearcher searcher, IReadOnlyList<QueryKind> diverse, TextWriter output, CancellationToken cancellation)
    {
        var now = DateTimeOffset.UtcNow;
        var queries = diverse.Select(k => k.Request.Query).OfType<string>().Where(q => q.Length > 0).Distinct().ToList();
        var list = searcher.Search(new SearchRequest { PageSize = 1, Snippets = false, AdviseSpelling = false }).Keywords
            .OrderByDescending(pair => pair.Value.DistinctCount).Select(pair => pair.Key).FirstOrDefault();

        var charts = queries.Chunk(CoverageRequest.MaxSeries).Where(c => c.Length == CoverageRequest.MaxSeries).Take(Compares)
            .Select(chunk => new CoverageRequest { Queries = chunk, Interval = CoverageInterval.Month, Measure = CoverageMeasure.Share }).ToList();
        var splits = list is null ? [] : queries.Take(Splits)
            .Select(q => new CoverageRequest { Queries = [q], SplitBy = Facet.KeywordList(list), Interval = CoverageInterval.Year, Measure = CoverageMeasure.Share }).ToList();
        var terms = queries.Skip(Splits).Take(TermLists).Select(q => new SearchRequest { Query = q }).ToList();

        // Unmeasured: the code warm, and each split group's day counts kept with the reader.
        foreach (var request in charts.Take(2).Concat(splits.Take(2))) CoverageBuilder.Build(searcher, request, now, cancellation);
        foreach (var request in terms.Take(2)) searcher.Terms(request);

        var rows = new List<CoverageRow>
        {
            Row(size, "6 series by month, share", charts, request => CoverageBuilder.Build(searcher, request, now, cancellation)),
            Row(size, $"split by {list} by year, share", splits, request => CoverageBuilder.Build(searcher, request, now, cancellation)),
            Row(size, "top terms (1 series)", terms, request => searcher.Terms(request, cancellation: cancellation)),
        }.Where(row => row.Asked > 0).ToList();
        foreach (var row in rows) output.WriteLine($"{row.Kind}: {row.Asked} asked, p50 {row.P50Ms:N1} ms, p99 {row.P99Ms:N1} ms.");
        return rows;
    }

    private static CoverageRow Row<T>(CorpusSize size, string kind, IReadOnlyList<T> asked, Action<T> run)
    {
        var times = asked.Select(request =>
        {
            var start = Stopwatch.GetTimestamp();
            run(request);
            return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }).ToList();
        var latencies = Latencies.Of(times);
        return new CoverageRow(size.Label, kind, latencies.Count, latencies.P50, latencies.P90, latencies.P99, latencies.Max, latencies.Mean);
    }
}
