using NewsArchive.Benchmarks.Speed;

namespace NewsArchive.Benchmarks.Headlines;

/// <summary>One system's answers to the pasted headlines: each headline's rank (null when not in the top ten), whether it found nothing, and its time.</summary>
internal sealed class HeadlineScore
{
    public const int Depth = 10;

    private readonly List<int?> ranks = [];
    private readonly List<double> milliseconds = [];
    private int zero;

    public IReadOnlyList<int?> Ranks => ranks;

    /// <param name="titles">The titles of the hits, best first.</param>
    public int? Add(string headline, IReadOnlyList<string> titles, bool none, double ms)
    {
        var rank = titles.Select(t => t.Trim()).ToList().IndexOf(headline.Trim());
        ranks.Add(rank < 0 ? null : rank + 1);
        milliseconds.Add(ms);
        if (none) zero++;
        return ranks[^1];
    }

    public HeadlineRow Row()
    {
        var latencies = Latencies.Of(milliseconds);
        return new HeadlineRow(
            ZeroResults: Share(zero),
            AtRank1: Share(ranks.Count(r => r == 1)),
            MrrAt10: Math.Round(ranks.Sum(r => r is { } k ? 1.0 / k : 0) / ranks.Count, 4),
            MedianMs: latencies.P50,
            P99Ms: latencies.P99,
            MeanMs: Math.Round(latencies.Mean, 2));
    }

    /// <summary>Headlines whose article this system ranked higher than the other did (not found counts as below every rank).</summary>
    public int RankedHigherThan(HeadlineScore other) =>
        ranks.Zip(other.ranks).Count(pair => (pair.First ?? int.MaxValue) < (pair.Second ?? int.MaxValue));

    private double Share(int count) => Math.Round((double)count / ranks.Count, 4);
}

internal sealed record HeadlineRow(double ZeroResults, double AtRank1, double MrrAt10, double MedianMs, double P99Ms, double MeanMs);
