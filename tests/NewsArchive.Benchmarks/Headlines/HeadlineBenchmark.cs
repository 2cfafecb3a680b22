using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using NewsArchive.Benchmarks.Fts5;
using NewsArchive.Benchmarks.Relevance;
using NewsArchive.Core.Reading;
using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Benchmarks.Headlines;

/// <summary>
/// The commonest way to find a known article: paste its headline. Draws headlines from the corpus
/// and searches each exactly as written on an index of that corpus, and beside it on SQLite FTS5
/// over the same articles with the headline's words quoted; an article counts as found at the
/// rank of the first hit with the same headline (several articles can share one).
/// </summary>
internal sealed class HeadlineBenchmark(string indexPath, string corpus, int sample, int seed, TextWriter output)
{
    public void Run()
    {
        var headlines = Draw(ReadHeadlines(corpus).ToList());
        using var index = ArchiveIndex.Open(indexPath);
        using var analyzer = ArchiveAnalyzer.Create();
        var searcher = new ArchiveSearcher(index, analyzer);
        var clock = Stopwatch.StartNew();
        var articles = CorpusReader.Default.Read([corpus]).Where(r => r.Article is not null).Select(r => r.Article!).ToList();
        using var fts = Fts5Table.Create(articles);
        output.WriteLine($"FTS5 table of {articles.Count:N0} articles built in {clock.Elapsed.TotalSeconds:F1} s");
        // FTS5 weighs the title as the app does, as in the relevance benchmark.
        var titleWeight = TunedArchiveRanker.AppTitleBoost(analyzer);

        var app = new HeadlineScore();
        var yardstick = new HeadlineScore();
        foreach (var headline in headlines)
        {
            clock.Restart();
            var results = searcher.Search(new SearchRequest { Query = headline, PageSize = HeadlineScore.Depth, Snippets = false, AdviseSpelling = false });
            var rank = app.Add(headline, results.Hits.Select(h => h.Title.PlainText).ToList(), results.Total == 0, clock.Elapsed.TotalMilliseconds);
            if (rank != 1) output.WriteLine($"  {(rank is { } k ? $"rank {k}" : "missed")} ({results.Total:N0} results{(results.Notice is null ? "" : ", notice")}): {headline}");

            clock.Restart();
            var top = fts.Top(Fts5Match.AllOf(Words(headline)), titleWeight, HeadlineScore.Depth);
            yardstick.Add(headline, top.Select(a => a.Title).ToList(), top.Count == 0, clock.Elapsed.TotalMilliseconds);
        }

        var (appRow, ftsRow) = (app.Row(), yardstick.Row());
        var table = new TextTable("system", "headlines", "zero results", "at rank 1", $"MRR@{HeadlineScore.Depth}", "median ms", "p99 ms", "ranked higher");
        table.Add("NewsArchive", $"{headlines.Count}", $"{appRow.ZeroResults:P1}", $"{appRow.AtRank1:P1}", $"{appRow.MrrAt10:F3}", $"{appRow.MedianMs:F2}", $"{appRow.P99Ms:F2}", $"{app.RankedHigherThan(yardstick)}");
        table.Add("SQLite FTS5", $"{headlines.Count}", $"{ftsRow.ZeroResults:P1}", $"{ftsRow.AtRank1:P1}", $"{ftsRow.MrrAt10:F3}", $"{ftsRow.MedianMs:F2}", $"{ftsRow.P99Ms:F2}", $"{yardstick.RankedHigherThan(app)}");
        output.WriteLine();
        table.WriteTo(output);

        // The app's figures stay at the top of the row, as in earlier rows, so that runs compare.
        var row = new
        {
            headlines = headlines.Count,
            appRow.ZeroResults, appRow.AtRank1, appRow.MrrAt10, appRow.MedianMs, appRow.P99Ms, appRow.MeanMs,
            fts5 = ftsRow,
            fts5TitleWeight = Math.Round(titleWeight, 3),
            rankedHigher = app.RankedHigherThan(yardstick),
            fts5RankedHigher = yardstick.RankedHigherThan(app),
        };
        var path = ResultsLog.Append("headlines", new { corpus = Path.GetFileName(corpus), sample, seed }, [row]);
        output.WriteLine($"Appended to {Path.GetRelativePath(RepositoryPaths.Root, path)}");
    }

    /// <summary>The headline's words for FTS5: what stands between spaces, if it holds a letter or a digit (a lone dash or colon would be an empty phrase).</summary>
    private static IEnumerable<string> Words(string headline) =>
        headline.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetterOrDigit));

    private List<string> Draw(List<string> all)
    {
        var random = new Random(seed);
        return all.OrderBy(_ => random.Next()).Take(sample).ToList();
    }

    private static IEnumerable<string> ReadHeadlines(string path)
    {
        using var file = File.OpenRead(path);
        using var text = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        using var reader = new StreamReader(text);
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.TryGetProperty("title", out var title) && title.GetString() is { Length: > 0 } headline) yield return headline;
        }
    }
}
