using System.Globalization;

namespace NewsArchive.Benchmarks.Load;

/// <summary>The load benchmark's console tables: each run, then its latencies by target.</summary>
internal static class LoadTables
{
    public static void Write(IReadOnlyList<LoadRow> rows, TextWriter output)
    {
        var runs = new TextTable("corpus", "phase", "clients", "seconds", "requests", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "errors",
            "new", "found", "found p50 s", "found max s");
        foreach (var r in rows)
            runs.Add(r.Corpus, r.Phase, F(r.Clients), F(r.Seconds), F(r.Requests), F(r.RequestsPerSecond), F(r.P50Ms), F(r.P90Ms), F(r.P99Ms), F(r.MaxMs), F(r.Errors),
                F(r.NewArticles), F(r.Found), F(r.FoundMedianSeconds), F(r.FoundMaxSeconds));
        output.WriteLine();
        runs.WriteTo(output);

        var targets = new TextTable("corpus", "phase", "target", "requests", "p50 ms", "p90 ms", "p99 ms", "max ms");
        foreach (var r in rows)
            foreach (var (target, t) in r.Targets)
                targets.Add(r.Corpus, r.Phase, target, F(t.Requests), F(t.P50Ms), F(t.P90Ms), F(t.P99Ms), F(t.MaxMs));
        output.WriteLine();
        targets.WriteTo(output);
        output.WriteLine();
    }

    private static string F(double? value) => value is { } v ? v.ToString(v == Math.Floor(v) ? "0" : "0.0", CultureInfo.InvariantCulture) : "-";
}
