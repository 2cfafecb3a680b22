using System.Diagnostics;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Benchmarks.Speed;

/// <summary>
/// How fast the archive indexes, searches and serves, and how much memory it takes, as the
/// archive grows: for each size, smallest first, the chosen steps in order (index, search, web),
/// then the first start once. Rows are appended to results/speed.jsonl as each step ends, so a
/// long run that fails late keeps what it measured.
/// </summary>
internal sealed class SpeedBenchmark(SpeedOptions options, TextWriter output)
{
    private const string Benchmark = "speed";

    private readonly List<IndexRow> indexRows = [];
    private readonly List<SearchRow> searchRows = [];
    private readonly List<ReferenceRow> referenceRows = [];
    private readonly List<(string Size, KindTiming Timing)> kindTimings = [];
    private readonly List<CoverageRow> coverageRows = [];
    private readonly List<WebRow> webRows = [];
    private readonly List<StartupRow> startupRows = [];
    private int appended;

    public async Task<int> RunAsync(CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(options.Work);
        try
        {
            foreach (var size in options.Sizes) await MeasureAsync(size, cancellation);
            if (options.Includes(SpeedStep.Startup))
            {
                output.WriteLine();
                output.WriteLine("== first start ==");
                Record(startupRows, await StartupStep.RunAsync(options.Work, output, cancellation));
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            output.WriteLine("Stopped; the rows of the steps that finished are in the results.");
            return 130;
        }
        finally
        {
            PrintTables();
        }
        output.WriteLine();
        output.WriteLine(appended == 0
            ? $"Done in {clock.Elapsed.TotalMinutes:N1} min; nothing was measured."
            : $"Done in {clock.Elapsed.TotalMinutes:N1} min; {appended} rows appended to {Path.GetRelativePath(RepositoryPaths.Root, ResultsLog.PathOf(Benchmark))}.");
        return 0;
    }

    private async Task MeasureAsync(CorpusSize size, CancellationToken cancellation)
    {
        output.WriteLine();
        output.WriteLine($"== {size.Label} ==");
        var indexPath = options.IndexPathOf(size);
        if (options.Includes(SpeedStep.Index))
        {
            if (CorpusFor(size) is not { } corpus) return;
            var row = await IndexStep.RunAsync(size, corpus, indexPath, output, cancellation);
            output.WriteLine($"Indexed {row.Articles:N0} articles in {row.Seconds:N1} s.");
            Record(indexRows, [row]);
        }
        if (options.Includes(SpeedStep.Fts5) && CorpusFor(size) is { } text)
        {
            var row = Fts5IndexStep.Run(size, text, indexPath + ".fts5.db", output, cancellation);
            output.WriteLine($"SQLite FTS5 indexed {row.Articles:N0} articles in {row.Seconds:N1} s.");
            Record(indexRows, [row]);
        }
        if (!options.Includes(SpeedStep.Search) && !options.Includes(SpeedStep.Web)) return;
        if (!ArchiveIndex.ExistsAt(indexPath))
        {
            output.WriteLine($"No index at {indexPath}: run the index step first (--steps index,...). Skipped.");
            return;
        }

        IReadOnlyList<QueryKind> mix;
        IReadOnlyList<QueryKind> diverse;
        using (var analyzer = ArchiveAnalyzer.Create())
        using (var index = ArchiveIndex.Open(indexPath))
        {
            var searcher = new ArchiveSearcher(index, analyzer);
            var window = DateWindow.Of(searcher);
            mix = QueryMix.For(window);
            diverse = options.DiverseSearches > 0 ? DiverseQueries.Draw(index, options.DiverseSearches) : [];
            if (options.Includes(SpeedStep.Search))
            {
                foreach (var results in new[] { SearchStep.Counts, SearchStep.Page })
                {
                    var (rows, kinds) = SearchStep.Run(size, results, searcher, mix, window, options.Runs, cancellation);
                    output.WriteLine($"Searched {mix.Count} kinds × {options.Runs} runs ({results}): p50 {rows[0].P50Ms:N2} ms, p99 {rows[0].P99Ms:N2} ms.");
                    Record(searchRows, rows);
                    kindTimings.AddRange(kinds.Select(kind => ($"{size.Label} {results}", kind)));
                }
                if (diverse.Count > 0)
                {
                    var (rows, reference) = DiverseSearchStep.Run(size, searcher, new BareLuceneSearch(index, analyzer), diverse, rounds: 1, cancellation);
                    output.WriteLine($"Searched {diverse.Count} diverse searches: counts p50 {reference.AppP50Ms:N2} ms, the bare Lucene.Net reference {reference.ReferenceP50Ms:N2} ms " +
                        $"({reference.MedianRatio:N2}× a search, median).");
                    Record(searchRows, rows);
                    Record(referenceRows, [reference]);
                    Record(coverageRows, CoverageStep.Run(size, searcher, diverse, output, cancellation));
                }
            }
        }
        if (options.Includes(SpeedStep.Web))
            Record(webRows, await WebStep.RunAsync(size, indexPath, mix, diverse, options, output, cancellation));
    }

    /// <summary>The file the size's index is built from; null (and a message) when it cannot be had.</summary>
    private string? CorpusFor(CorpusSize size)
    {
        var allSides = File.Exists(options.AllSides) ? options.AllSides : null;
        switch (size.Kind)
        {
            case CorpusKind.Bundled:
                return RepositoryPaths.Reuters;
            case CorpusKind.AllSides:
                if (allSides is null) output.WriteLine($"No AllSides corpus at {options.AllSides} (see --allsides). Skipped.");
                return allSides;
            default:
                if (allSides is null) output.WriteLine($"No AllSides corpus at {options.AllSides} (see --allsides): the scaled corpus is made of Reuters stories only.");
                return ScaledCorpus.Ensure(options.Work, size.Articles, allSides is null ? [RepositoryPaths.Reuters] : [RepositoryPaths.Reuters, allSides], output);
        }
    }

    private void Record<TRow>(List<TRow> all, IReadOnlyList<TRow> rows)
    {
        all.AddRange(rows);
        ResultsLog.Append(Benchmark, options.ForResults(), rows);
        appended += rows.Count;
    }

    private void PrintTables()
    {
        SpeedTables.Index(indexRows, output);
        SpeedTables.Search(searchRows, output);
        SpeedTables.Reference(referenceRows, output);
        SpeedTables.Coverage(coverageRows, output);
        if (options.Verbose) SpeedTables.Kinds(kindTimings, output);
        SpeedTables.Web(webRows, output);
        SpeedTables.Startup(startupRows, output);
    }
}
