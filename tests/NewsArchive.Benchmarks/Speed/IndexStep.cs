using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Benchmarks.Speed;

/// <param name="InputMegabytes">The text fed to the indexer, decompressed (10^6 bytes).</param>
/// <param name="PeakMegabytes">The indexer's highest resident memory; null where /proc is not available.</param>
/// <param name="PeakAnonymousMegabytes">Of the resident memory, the most that was not the index's files mapped in (heaps, stacks).</param>
/// <param name="GroupingSeconds">Of <paramref name="Seconds"/>, the grouping into stories, as the indexer's summary says; null if it does not.</param>
/// <param name="GroupingMsPerArticle">The grouping's time per article: the same at any size when it is linear in the archive.</param>
internal sealed record IndexRow(string Size, string Corpus, int Articles, double Seconds, double ArticlesPerSecond,
    double InputMegabytes, double MegabytesPerSecond, double? PeakMegabytes, double? PeakAnonymousMegabytes, double IndexMegabytes, double? GroupingSeconds, double? GroupingMsPerArticle)
{
    public string Step => "index";
}

/// <summary>
/// Builds a size's index from scratch with the real indexer, in its own process as a user runs
/// it: wall time from start to exit, the process's peak resident memory, and the index's size.
/// </summary>
internal static class IndexStep
{
    public static async Task<IndexRow> RunAsync(CorpusSize size, string corpus, string indexPath, TextWriter output, CancellationToken cancellation)
    {
        var inputBytes = CorpusText.UncompressedBytes(corpus);
        output.WriteLine($"Indexing {Path.GetFileName(corpus)} ({inputBytes / 1e6:N0} MB of text) into {Path.GetFileName(indexPath)}…");
        var logPath = indexPath + ".indexer.log";

        var clock = Stopwatch.StartNew();
        using var indexer = ChildProcess.Start(BuiltApps.Indexer, [corpus, "--index", indexPath, "--rebuild"], new Dictionary<string, string>(), logPath);
        long? peakBytes, peakAnonymousBytes;
        using (var memory = new PeakMemoryWatch(indexer.Id))
        {
            await indexer.WaitForExitAsync(cancellation);
            clock.Stop();
            peakBytes = memory.PeakBytes;
            peakAnonymousBytes = memory.PeakAnonymousBytes;
        }
        if (indexer.ExitCode != 0)
            throw new InvalidOperationException($"The indexer exited with code {indexer.ExitCode} (log: {logPath}):{Environment.NewLine}{indexer.Tail()}");

        // Counted in the index rather than read from the indexer's summary, whose wording may change.
        int articles;
        using (var index = ArchiveIndex.Open(indexPath)) articles = index.ArticleCount;
        var seconds = clock.Elapsed.TotalSeconds;
        var grouping = GroupingSeconds(logPath);
        return new IndexRow(size.Label, Path.GetFileName(corpus), articles,
            Seconds: Math.Round(seconds, 2),
            ArticlesPerSecond: Math.Round(articles / seconds),
            InputMegabytes: Math.Round(inputBytes / 1e6, 1),
            MegabytesPerSecond: Math.Round(inputBytes / 1e6 / seconds, 2),
            PeakMegabytes: peakBytes is { } peak ? Math.Round(peak / 1e6) : null,
            PeakAnonymousMegabytes: peakAnonymousBytes is { } anonymous ? Math.Round(anonymous / 1e6) : null,
            IndexMegabytes: Math.Round(FolderBytes(indexPath) / 1e6, 1),
            GroupingSeconds: grouping,
            GroupingMsPerArticle: grouping is { } g ? Math.Round(g * 1000 / articles, 3) : null);
    }

    /// <summary>What the summary line "… grouped into stories in 12.3 s, …" says; the grouping is timed nowhere else.</summary>
    private static double? GroupingSeconds(string logPath)
    {
        var match = Regex.Match(File.ReadAllText(logPath), @"grouped into stories in ([\d,.]+) s");
        return match.Success ? double.Parse(match.Groups[1].Value.Replace(",", ""), CultureInfo.InvariantCulture) : null;
    }

    private static long FolderBytes(string path) =>
        new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(file => file.Length);
}
