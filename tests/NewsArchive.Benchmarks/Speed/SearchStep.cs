using System.Diagnostics;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Benchmarks.Speed;

/// <summary>The search step's timings of one group of query kinds ("all", a typed group, or a filter).</summary>
internal sealed record SearchRow(string Size, string Results, string Group, int Kinds, int Searches,
    double P50Ms, double P90Ms, double P99Ms, double MaxMs, double MeanMs, string DateWindow)
{
    public string Step => "search";

    /// <summary>The fixed mix of <see cref="QueryMix"/>, or the <see cref="DiverseSearchStep.QuerySet"/> searches.</summary>
    public string Queries { get; init; } = "fixed";
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

        var rows = Rows(size, results, mix, timings, window.ToString()).ToList();
        var perKind = mix.Select(kind => new KindTiming(kind, hits[kind], Math.Round(timings[kind].Average(), 3))).ToList();
        return (rows, perKind);
    }

    /// <summary>A row of the timings of every kind, then one for each group of kinds (in their order in the mix) and each filter.</summary>
    public static IEnumerable<SearchRow> Rows(CorpusSize size, string results, IReadOnlyList<QueryKind> mix, IReadOnlyDictionary<QueryKind, List<double>> timings, string dateWindow)
    {
        var groups = new List<(string Name, Func<QueryKind, bool> Includes)> { ("all", _ => true) };
        groups.AddRange(mix.Select(k => k.Group).Distinct().Select(g => (g, (Func<QueryKind, bool>)(k => k.Group == g))));
        groups.AddRange(mix.Select(k => k.Filter).Distinct().Select(f => ("filter: " + f, (Func<QueryKind, bool>)(k => k.Filter == f))));
        return groups.Select(group =>
        {
            var kinds = mix.Where(group.Includes).ToList();
            var latencies = Latencies.Of(kinds.SelectMany(k => timings[k]));
            return new SearchRow(size.Label, results, group.Name, kinds.Count, latencies.Count,
                latencies.P50, latencies.P90, latencies.P99, latencies.Max, latencies.Mean, dateWindow);
        });
    }
}

/// <summary>The app's "counts" search against the bare Lucene.Net reference over the same diverse searches, timed side by side.</summary>
/// <param name="MedianRatio">The median over the searches of each one's app time divided by its reference time.</param>
/// <param name="P50Ratio">The app's p50 divided by the reference's.</param>
internal sealed record ReferenceRow(string Size, int Searches, double AppP50Ms, double ReferenceP50Ms, double P50Ratio, double MedianRatio, double AppP99Ms, double ReferenceP99Ms)
{
    public string Step => "search-reference";
}

/// <summary>
/// The diverse searches (<see cref="DiverseQueries"/>), each asked once a round: the app's
/// "counts" and "page" searches, the page one per story, and the bare Lucene.Net reference of
/// the counts, one after the other for each search (the order turned about from one search to the next), so that a busy
/// moment of the machine weighs on all alike.
/// </summary>
internal static class DiverseSearchStep
{
    public const string QuerySet = "diverse";

    /// <summary>The results page of the same search listing one article per story (a pass that also groups the hits).</summary>
    public const string OnePerStory = "page one per story";

    public static (IReadOnlyList<SearchRow> Rows, ReferenceRow Reference) Run(
        CorpusSize size, ArchiveSearcher searcher, BareLuceneSearch reference, IReadOnlyList<QueryKind> queries, int rounds, CancellationToken cancellation)
    {
        var counts = SearchStep.As(SearchStep.Counts, queries);
        // Unmeasured: the code paths warm, not the searches (a few of them, once).
        foreach (var kind in counts.Take(50))
        {
            searcher.Search(kind.Request);
            reference.Search(kind.Request);
        }

        var app = queries.ToDictionary(kind => kind, _ => new List<double>());
        var page = queries.ToDictionary(kind => kind, _ => new List<double>());
        var bare = queries.ToDictionary(kind => kind, _ => new List<double>());
        var stories = queries.ToDictionary(kind => kind, _ => new List<double>());
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < queries.Count; i++)
            {
                cancellation.ThrowIfCancellationRequested();
                var timings = new (Action Search, List<double> Into)[]
                {
                    (() => searcher.Search(counts[i].Request), app[queries[i]]),
                    (() => reference.Search(counts[i].Request), bare[queries[i]]),
                    (() => searcher.Search(queries[i].Request), page[queries[i]]),
                    (() => searcher.Search(queries[i].Request with { OnePerStory = true }), stories[queries[i]]),
                };
                if ((i + round) % 2 == 1) Array.Reverse(timings);
                foreach (var (search, into) in timings) into.Add(Time(search));
            }
        }

        // Rows by group and filter in a stable order: the searches come in the order they were drawn.
        var sorted = queries.OrderBy(k => k.Group, StringComparer.Ordinal).ThenBy(k => k.Filter, StringComparer.Ordinal).ToList();
        var rows = new[] { (SearchStep.Counts, app), (SearchStep.Page, page), (OnePerStory, stories), ("reference", bare) }
            .SelectMany(measured => SearchStep.Rows(size, measured.Item1, sorted, measured.Item2, "various"))
            .Select(row => row with { Queries = QuerySet })
            .ToList();

        var appAll = Latencies.Of(app.Values.SelectMany(t => t));
        var bareAll = Latencies.Of(bare.Values.SelectMany(t => t));
        var ratios = Latencies.Of(queries.SelectMany(k => app[k].Zip(bare[k], (a, b) => a / b)));
        var referenceRow = new ReferenceRow(size.Label, appAll.Count, appAll.P50, bareAll.P50,
            Math.Round(appAll.P50 / bareAll.P50, 2), Math.Round(ratios.P50, 2), appAll.P99, bareAll.P99);
        return (rows, referenceRow);
    }

    private static double Time(Action search)
    {
        var start = Stopwatch.GetTimestamp();
        search();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
