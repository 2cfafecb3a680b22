using System.Diagnostics;

namespace NewsArchive.Benchmarks.Relevance;

/// <summary>How well and how fast one system, in one mode, found the known items.</summary>
/// <param name="Mrr">Mean reciprocal rank of the first correct answer, counting 0 below rank <see cref="Scorecard.Depth"/>.</param>
/// <param name="SuccessAt1">Share of queries whose first result is correct.</param>
/// <param name="SuccessAt10">Share of queries with a correct answer in the first ten.</param>
internal sealed record RelevanceRow(string System, QueryMode Mode, string Settings, int Queries,
    double Mrr, double SuccessAt1, double SuccessAt10, double MedianMs, double P99Ms);

/// <summary>A row, and the rank each query's answer got (null: not in the first <see cref="Scorecard.Depth"/>).</summary>
internal sealed record Measurement(RelevanceRow Row, IReadOnlyList<int?> Ranks);

internal static class Scorecard
{
    /// <summary>A reader looks at the first page; an answer below it is as good as not found.</summary>
    public const int Depth = 10;

    /// <summary>Enough queries for the JIT and caches to settle before any is timed.</summary>
    private const int WarmUpQueries = 20;

    public static Measurement Measure(IRanker ranker, QueryMode mode, IReadOnlyList<KnownItem> items)
    {
        foreach (var item in items.Take(WarmUpQueries)) ranker.Top(item.Words, mode, Depth);

        var ranks = new List<int?>(items.Count);
        var millis = new List<double>(items.Count);
        foreach (var item in items)
        {
            var clock = Stopwatch.StartNew();
            var top = ranker.Top(item.Words, mode, Depth);
            millis.Add(clock.Elapsed.TotalMilliseconds);
            ranks.Add(item.RankIn(top));
        }
        millis.Sort();
        return new Measurement(new RelevanceRow(ranker.System, mode, ranker.Settings, items.Count,
            Mrr: Math.Round(ranks.Average(rank => rank is { } r ? 1.0 / r : 0), 4),
            SuccessAt1: Math.Round(ranks.Average(rank => rank == 1 ? 1.0 : 0), 4),
            SuccessAt10: Math.Round(ranks.Average(rank => rank is not null ? 1.0 : 0), 4),
            MedianMs: Math.Round(Percentile(millis, 0.50), 3),
            P99Ms: Math.Round(Percentile(millis, 0.99), 3)), ranks);
    }

    /// <summary>
    /// On how many queries <paramref name="a"/> found the answer higher than <paramref name="b"/>
    /// and on how many lower: a difference in MRR of a few hundredths can be a handful of queries.
    /// </summary>
    public static (int Better, int Worse) Compare(Measurement a, Measurement b)
    {
        int better = 0, worse = 0;
        for (var i = 0; i < a.Ranks.Count; i++)
        {
            var (x, y) = (a.Ranks[i] ?? int.MaxValue, b.Ranks[i] ?? int.MaxValue);
            if (x < y) better++;
            else if (x > y) worse++;
        }
        return (better, worse);
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
