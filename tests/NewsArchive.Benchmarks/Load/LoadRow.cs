using NewsArchive.Benchmarks.Speed;

namespace NewsArchive.Benchmarks.Load;

/// <summary>The latency of one target of the mix: the search page, the API, or the pages read.</summary>
internal sealed record TargetLatency(int Requests, double P50Ms, double P90Ms, double P99Ms, double MaxMs);

/// <summary>One measured run of the load benchmark, as results/load.jsonl records it.</summary>
/// <param name="Phase">search: the load alone; while-indexing: the same load while the indexer commits new articles.</param>
/// <param name="Articles">In the index when the run started.</param>
/// <param name="Urls">Distinct URLs of the mix, asked in turn.</param>
/// <param name="Errors">Answers other than 2xx and requests that failed.</param>
/// <param name="NewArticles">Articles the indexer added during the run (while-indexing only).</param>
/// <param name="Found">Of those, found by a search before the probe gave up.</param>
/// <param name="FoundMedianSeconds">From an article's file appearing to the first search that found it.</param>
/// <param name="ProbeErrors">The probe's own searches that failed (the load's are in Errors).</param>
internal sealed record LoadRow(string Corpus, string Phase, int Articles, int Urls, int Clients, double Seconds, int Requests, double RequestsPerSecond,
    double P50Ms, double P90Ms, double P99Ms, double MaxMs, int Errors, string? FirstError, IReadOnlyDictionary<string, TargetLatency> Targets,
    double? ResidentMegabytes, double? PeakResidentMegabytes,
    int? NewArticles = null, int? Found = null, double? FoundMedianSeconds = null, double? FoundMaxSeconds = null, int? ProbeErrors = null,
    string? ProbeFirstError = null, int? ArticlesAfter = null)
{
    public const string SearchPhase = "search";
    public const string WhileIndexingPhase = "while-indexing";

    public static LoadRow Of(string corpus, string phase, int articles, IReadOnlyList<LoadUrl> mix, int clients, LoadResult load, MemorySample? memory) =>
        new(corpus, phase, articles, mix.Count, clients,
            Math.Round(load.Elapsed.TotalSeconds, 2), load.Requests, Math.Round(load.RequestsPerSecond, 1),
            load.Latencies.P50, load.Latencies.P90, load.Latencies.P99, load.Latencies.Max,
            load.Errors, load.FirstError,
            LoadMix.Targets.ToDictionary(target => target, target =>
            {
                var latencies = load.LatenciesOf(url => mix[url].Target == target);
                return new TargetLatency(latencies.Count, latencies.P50, latencies.P90, latencies.P99, latencies.Max);
            }),
            memory is { } m ? Math.Round(m.ResidentBytes / 1e6) : null,
            memory is { } p ? Math.Round(p.PeakResidentBytes / 1e6) : null);

    public LoadRow With(Visibility visibility, int articlesAfter) => this with
    {
        NewArticles = visibility.Written,
        Found = visibility.Seconds.Count,
        FoundMedianSeconds = visibility.MedianSeconds,
        FoundMaxSeconds = visibility.MaxSeconds,
        ProbeErrors = visibility.Errors,
        ProbeFirstError = visibility.FirstError,
        ArticlesAfter = articlesAfter,
    };
}
