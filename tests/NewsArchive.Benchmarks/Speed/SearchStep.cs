using System.Diagnostics;
using NewsArchive.Core.Search;

namespace NewsArchive.Benchmarks.Speed;

/// <summary>The search step's timings of one group of query kinds ("all", a typed group, or a filter).</summary>
internal sealed record SearchRow(string Size, string Results, string Group, int Kinds, int Searches,
    double P50Ms, double P90Ms, double P99Ms, double MaxMs, double MeanMs, string DateWindow)
{
    public string Step => "search";
}

/// <summary>One query kind's mean time and its number of hits, for --verbose.</summary>
internal sealed record KindTiming(QueryKind Kind, int Hits, double MeanMs);

/// <summary>
/// The app's searcher in this process, without HTTP: each search of the mix as
/// <see cref="ArchiveSearcher.Search"/> answers it, twice over: "counts" (the top 10 with their
/// titles, the total, every facet and the date histogram: what a search engine answers) and
/// "page" (all that, plus the snippets and the spelling advice the results page shows). One
/// thread, so the times are latencies, not throughput.
/// </summary>
internal static class SearchStep
{
    public const string Counts = "counts";
    public const string Page = "page";

    /// <summary>The mix as one kind of result asks it.</summary>
    public static IReadOnlyList<QueryKind> As(string results, IReadOnlyList<QueryKind> mix) => results == Page
        ? mix
        : mix.Select(kind => kind with { Request = kind.Request with { Snippets = false, AdviseSpelling = false } }).ToList();

    private const int WarmUpsPerKind = 2;

    /// <summary>
    /// Warm-up rounds go on at least this long: the JIT compiles its optimised code only after
    /// a method has run a while, and in trial runs two rounds left the first size measured up to
    /// three times slower than the next.
    /// </summary>
    private static readonly TimeSpan MinimumWarmUp = TimeSpan.FromSeconds(5);

    /// <summary>The order of the mix; fixed, so that every run and every size times the searches alike.</summary>
    private const int ShuffleSeed = 1987;

    public static (IReadOnlyList<SearchRow> Rows, IReadOnlyList<KindTiming> Kinds) Run(
        CorpusSize size, string results, ArchiveSearcher searcher, IReadOnlyList<QueryKind> mix, DateWindow window, int runs, CancellationToken cancellation)
    {
        mix = As(results, mix);
        var hits = new Dictionary<QueryKind, int>();
        var warmUp = Stopwatch.StartNew();
        for (var round = 0; round < WarmUpsPerKind || warmUp.Elapsed < MinimumWarmUp; round++)
        {
            cancellation.ThrowIfCancellationRequested();
            foreach (var kind in mix) hits[kind] = searcher.Search(kind.Request).Total;
        }

        var order = mix.ToArray();
        new Random(ShuffleSeed).Shuffle(order);
        var timings = mix.ToDictionary(kind => kind, _ => new List<double>(runs));
        for (var run = 0; run < runs; run++)
        {
            cancellation.ThrowIfCancellationRequested();
            foreach (var kind in order)
            {
                var start = Stopwatch.GetTimestamp();
                searcher.Search(kind.Request);
                timings[kind].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        var groups = new List<(string Name, Func<QueryKind, bool> Includes)> { ("all", _ => true) };
        groups.AddRange(mix.Select(k => k.Group).Distinct().Select(g => (g, (Func<QueryKind, bool>)(k => k.Group == g))));
        groups.AddRange(mix.Select(k => k.Filter).Distinct().Select(f => ("filter: " + f, (Func<QueryKind, bool>)(k => k.Filter == f))));
        var rows = groups.Select(group =>
        {
            var kinds = mix.Where(group.Includes).ToList();
            var latencies = Latencies.Of(kinds.SelectMany(k => timings[k]));
            return new SearchRow(size.Label, results, group.Name, kinds.Count, latencies.Count,
                latencies.P50, latencies.P90, latencies.P99, latencies.Max, latencies.Mean, window.ToString());
        }).ToList();
        var perKind = mix.Select(kind => new KindTiming(kind, hits[kind], Math.Round(timings[kind].Average(), 3))).ToList();
        return (rows, perKind);
    }
}
