namespace NewsArchive.Benchmarks.Speed;

/// <summary>Milliseconds of a set of timed operations: nearest-rank percentiles, the worst and the mean.</summary>
internal sealed record Latencies(int Count, double P50, double P90, double P99, double Max, double Mean)
{
    public static Latencies Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToList();
        if (sorted.Count == 0) return new Latencies(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        return new Latencies(sorted.Count,
            Round(Percentile(sorted, 0.50)), Round(Percentile(sorted, 0.90)), Round(Percentile(sorted, 0.99)),
            Round(sorted[^1]), Round(sorted.Average()));
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static double Round(double milliseconds) => Math.Round(milliseconds, 3);
}
