using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Benchmarks.Fts5;
using NewsArchive.Core.Ingest;
using NewsArchive.Core.Reading;
using NewsArchive.LuceneEngine;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Benchmarks.Relevance;

/// <summary>
/// Known-item search: can a reader who remembers a few distinctive words of a story find it on
/// the first page? NewsArchive (the app's own reader, indexer and searcher) against SQLite FTS5
/// over the same articles, with the same queries, all words required (the app's default) and any
/// word allowed. With a sweep, also the app's ranking with other settings, to tune it.
/// </summary>
internal sealed class RelevanceBenchmark(string corpus, SampleRules rules, bool sweep, TextWriter output)
{
    private static readonly float[] TitleBoosts = [0.5f, 0.75f, 1f, 1.5f, 2f, 3f];
    private static readonly float[] K1s = [0.6f, 0.9f, 1.2f, 1.6f, 2.0f];
    private static readonly float[] Bs = [0.3f, 0.5f, 0.75f, 0.9f, 1.0f];

    public void Run()
    {
        var clock = Stopwatch.StartNew();
        var results = CorpusReader.Default.Read([corpus]).ToList();
        var articles = results.Where(r => r.Article is not null).Select(r => r.Article!).ToList();
        var items = KnownItemSampler.Sample(articles, rules);
        output.WriteLine($"{articles.Count} articles read, {items.Count} known-item queries drawn in {clock.Elapsed.TotalSeconds:F1} s: {rules}");

        using var folder = new TempFolder("newsarchive-relevance-");
        clock.Restart();
        new IndexBuilder(new LuceneArchiveEngine(), NullLogger<IndexBuilder>.Instance).Build(folder.Path, results);
        output.WriteLine($"NewsArchive index built in {clock.Elapsed.TotalSeconds:F1} s");
        using var analyzer = ArchiveAnalyzer.Create();
        using var index = ArchiveIndex.Open(folder.Path);

        clock.Restart();
        using var fts = Fts5Table.Create(articles);
        output.WriteLine($"FTS5 table built in {clock.Elapsed.TotalSeconds:F1} s");

        // FTS5 weighs the title as the app does, so that the two differ in ranking, not in emphasis.
        var appTitleBoost = TunedArchiveRanker.AppTitleBoost(analyzer);
        var app = new ArchiveRanker(new ArchiveSearcher(index, analyzer));
        var yardstick = new Fts5Ranker(fts, appTitleBoost);
        using var lease = index.Acquire();
        var rankers = new List<IRanker> { app, yardstick };
        if (sweep) rankers.AddRange(SweepRankers(lease.Searcher.IndexReader, analyzer, fts, appTitleBoost));

        var measured = Enum.GetValues<QueryMode>()
            .SelectMany(mode => rankers.Select(ranker => (Ranker: ranker, Mode: mode, Result: Scorecard.Measure(ranker, mode, items))))
            .ToList();
        Print(measured.Select(m => m.Result.Row));
        foreach (var mode in Enum.GetValues<QueryMode>())
        {
            var (better, worse) = Scorecard.Compare(Find(app, mode), Find(yardstick, mode));
            output.WriteLine($"{mode.ToString().ToUpperInvariant()}: {app.System} ranked the answer higher than {yardstick.System} on {better} queries, lower on {worse}.");
        }

        var path = ResultsLog.Append("relevance", new { corpus = Path.GetFileName(corpus), rules, sweep }, measured.Select(m => m.Result.Row));
        output.WriteLine($"Appended {measured.Count} rows to {Path.GetRelativePath(RepositoryPaths.Root, path)}");

        Measurement Find(IRanker ranker, QueryMode mode) => measured.First(m => m.Ranker == ranker && m.Mode == mode).Result;
    }

    /// <summary>
    /// Lucene 4.8's TF-IDF (what the app used before BM25) and plain BM25 for comparison, then the
    /// app's similarity with other title boosts and other k1 and b, then FTS5 with other title weights.
    /// </summary>
    private static IEnumerable<IRanker> SweepRankers(IndexReader reader, Analyzer analyzer, Fts5Table fts, float appTitleBoost)
    {
        const string Archive = "BM25+coord";
        yield return new TunedArchiveRanker(reader, analyzer, new DefaultSimilarity(), "TF-IDF", appTitleBoost);
        yield return new TunedArchiveRanker(reader, analyzer, new BM25Similarity(), "BM25 without coord", appTitleBoost);
        foreach (var boost in TitleBoosts)
            yield return new TunedArchiveRanker(reader, analyzer, new ArchiveSimilarity(), Archive, boost);
        foreach (var k1 in K1s)
            foreach (var b in Bs)
                yield return new TunedArchiveRanker(reader, analyzer, new ArchiveSimilarity(k1, b), $"{Archive} k1={k1:0.0#} b={b:0.0#}", appTitleBoost);
        foreach (var weight in TitleBoosts)
            yield return new Fts5Ranker(fts, weight);
    }

    private void Print(IEnumerable<RelevanceRow> rows)
    {
        var table = new TextTable("system", "mode", "settings", $"MRR@{Scorecard.Depth}", "S@1", $"S@{Scorecard.Depth}", "median ms", "p99 ms");
        foreach (var row in rows)
            table.Add(row.System, row.Mode.ToString().ToUpperInvariant(), row.Settings, $"{row.Mrr:0.000}", $"{row.SuccessAt1:0.000}",
                $"{row.SuccessAt10:0.000}", $"{row.MedianMs:0.00}", $"{row.P99Ms:0.00}");
        output.WriteLine();
        table.WriteTo(output);
        output.WriteLine();
    }
}
