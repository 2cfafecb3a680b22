using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Util;
using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Terms;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Benchmarks.Terms;

/// <summary>
/// What reading a sample of a search's matches loses against reading all of them, and what each
/// size costs: for searches of frequent words (more matches than any sample), the top 20 words of
/// every match, then of samples of each size; the share of the top 20 a sample keeps (overlap@20),
/// the share of a sample's top 20 that are among the top 40 of every match (words a reader would
/// also have been shown a little further down), and the milliseconds (median over the searches,
/// after a warm-up).
/// </summary>
internal sealed class TermsBenchmark(string indexPath, int queryCount, int minMatches, IReadOnlyList<int> reads, int seed, TextWriter output)
{
    private const int Top = 20;

    public void Run()
    {
        using var index = ArchiveIndex.Open(indexPath);
        using var analyzer = ArchiveAnalyzer.Create();
        var searcher = new ArchiveSearcher(index, analyzer);
        var words = Draw(indexPath);
        output.WriteLine($"{words.Count} searches of words in {minMatches:N0} articles or more");
        // Warm-up: the stored fields' pages and the random order's id hashes.
        foreach (var word in words.Take(3)) searcher.Terms(new SearchRequest { Query = word }, Top, reads.Max());

        var full = new List<(IReadOnlyList<string> Terms, double Ms, int Total)>();
        foreach (var word in words)
        {
            var clock = Stopwatch.StartNew();
            var all = searcher.Terms(new SearchRequest { Query = word }, 2 * Top, ArchiveSearcher.MaxTermsRead);
            full.Add((all.Terms.Select(t => t.Term).ToList(), clock.Elapsed.TotalMilliseconds, all.Total));
        }

        var table = new TextTable("read", "searches", "overlap@20 mean", "overlap@20 min", "in top 40", "median ms", "p90 ms");
        var rows = new List<object>();
        table.Add("all", $"{words.Count}", "1.000", "1.000", "1.000", $"{Median(full.Select(f => f.Ms)):F0}", $"{Percentile(full.Select(f => f.Ms), 0.9):F0}");
        rows.Add(new { read = "all", searches = words.Count, overlapMean = 1.0, overlapMin = 1.0, medianMs = Median(full.Select(f => f.Ms)), meanMatches = full.Average(f => f.Total) });
        foreach (var read in reads)
        {
            var overlaps = new List<double>();
            var inTop40 = new List<double>();
            var times = new List<double>();
            for (var i = 0; i < words.Count; i++)
            {
                var clock = Stopwatch.StartNew();
                var sample = searcher.Terms(new SearchRequest { Query = words[i] }, Top, read);
                times.Add(clock.Elapsed.TotalMilliseconds);
                var top20 = full[i].Terms.Take(Top).ToList();
                overlaps.Add(sample.Terms.Select(t => t.Term).Intersect(top20).Count() / (double)Math.Max(1, top20.Count));
                inTop40.Add(sample.Terms.Select(t => t.Term).Intersect(full[i].Terms).Count() / (double)Math.Max(1, sample.Terms.Count));
            }
            table.Add($"{read:N0}", $"{words.Count}", $"{overlaps.Average():F3}", $"{overlaps.Min():F3}", $"{inTop40.Average():F3}", $"{Median(times):F0}", $"{Percentile(times, 0.9):F0}");
            rows.Add(new { read, searches = words.Count, overlapMean = Math.Round(overlaps.Average(), 3), overlapMin = Math.Round(overlaps.Min(), 3), inTop40 = Math.Round(inTop40.Average(), 3), medianMs = Math.Round(Median(times), 1), p90Ms = Math.Round(Percentile(times, 0.9), 1) });
        }
        output.WriteLine();
        table.WriteTo(output);
        var path = ResultsLog.Append("terms", new { index = Path.GetFileName(indexPath.TrimEnd('/')), queries = queryCount, minMatches, seed, top = Top }, rows);
        output.WriteLine($"Appended to {Path.GetRelativePath(RepositoryPaths.Root, path)}");
    }

    /// <summary>Words of the body field in at least <see cref="minMatches"/> articles (letters only, not stop words), drawn with the seed.</summary>
    private List<string> Draw(string path)
    {
        using var reader = DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(path));
        var candidates = new List<string>();
        var terms = MultiFields.GetTerms(reader, ArchiveSchema.Body).GetEnumerator();
        while (terms.MoveNext())
        {
            var word = terms.Term.Utf8ToString();
            if (terms.DocFreq >= minMatches && word.Length >= 4 && word.All(char.IsAsciiLetterLower)
                && !Lucene.Net.Analysis.Core.StopAnalyzer.ENGLISH_STOP_WORDS_SET.Contains(word))
                candidates.Add(word);
        }
        var random = new Random(seed);
        return candidates.OrderBy(_ => random.Next()).Take(queryCount).ToList();
    }

    private static double Median(IEnumerable<double> values) => Percentile(values, 0.5);

    private static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];
    }
}
