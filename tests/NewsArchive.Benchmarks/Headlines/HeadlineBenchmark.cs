using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using NewsArchive.Core.Indexing;
using NewsArchive.Core.Search;

namespace NewsArchive.Benchmarks.Headlines;

/// <summary>
/// The commonest way to find a known article: paste its headline. Draws headlines from the corpus
/// and searches each exactly as written on an index of that corpus; an article counts as found
/// at the rank of the first hit with the same headline (several articles can share one).
/// </summary>
internal sealed class HeadlineBenchmark(string indexPath, string corpus, int sample, int seed, TextWriter output)
{
    private const int Depth = 10;

    public void Run()
    {
        var headlines = Draw(ReadHeadlines(corpus).ToList());
        using var index = ArchiveIndex.Open(indexPath);
        using var analyzer = ArchiveAnalyzer.Create();
        var searcher = new ArchiveSearcher(index, analyzer);

        var ranks = new List<int?>();
        var zero = 0;
        var clock = Stopwatch.StartNew();
        foreach (var headline in headlines)
        {
            var results = searcher.Search(new SearchRequest { Query = headline, PageSize = Depth, Snippets = false, AdviseSpelling = false });
            if (results.Total == 0) zero++;
            var rank = results.Hits.Select(h => h.Title.PlainText.Trim()).ToList().IndexOf(headline.Trim());
            ranks.Add(rank < 0 ? null : rank + 1);
            if (rank != 0) output.WriteLine($"  {(rank < 0 ? "missed" : $"rank {rank + 1}")} ({results.Total:N0} results{(results.Notice is null ? "" : ", notice")}): {headline}");
        }

        var row = new
        {
            headlines = headlines.Count,
            zeroResults = Math.Round((double)zero / headlines.Count, 4),
            atRank1 = Math.Round((double)ranks.Count(r => r == 1) / headlines.Count, 4),
            mrrAt10 = Math.Round(ranks.Sum(r => r is { } k ? 1.0 / k : 0) / headlines.Count, 4),
            meanMs = Math.Round(clock.Elapsed.TotalMilliseconds / headlines.Count, 2),
        };
        output.WriteLine($"{row.headlines} headlines: zero results {row.zeroResults:P1}, at rank 1 {row.atRank1:P1}, MRR@10 {row.mrrAt10:F3}, {row.meanMs} ms each");
        var path = ResultsLog.Append("headlines", new { corpus = Path.GetFileName(corpus), sample, seed }, [row]);
        output.WriteLine($"Appended to {Path.GetRelativePath(RepositoryPaths.Root, path)}");
    }

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
