namespace NewsArchive.Benchmarks.Speed;

/// <summary>What one run of the speed benchmark measures, from its command line.</summary>
/// <param name="Work">Where scaled corpora, indexes and logs are kept between runs.</param>
/// <param name="AllSides">The AllSides corpus: a size of its own, and the second source of scaled corpora when present.</param>
/// <param name="Runs">Rounds over the query mix in the search step.</param>
/// <param name="Seconds">Length of each measured load run in the web step.</param>
/// <param name="ServerWarmUpSeconds">Load on every URL of the web step once the server is up, not measured.</param>
/// <param name="WarmUpSeconds">Load before each measured run in the web step, not measured.</param>
/// <param name="Clients">Concurrent clients in the web step.</param>
/// <param name="DiverseSearches">Distinct searches drawn from the index for the search and web steps, beside the fixed mix; 0 for none.</param>
internal sealed record SpeedOptions(
    IReadOnlyList<CorpusSize> Sizes,
    IReadOnlySet<SpeedStep> Steps,
    string Work,
    string AllSides,
    int Runs,
    int Seconds,
    int ServerWarmUpSeconds,
    int WarmUpSeconds,
    int Clients,
    int DiverseSearches,
    bool Verbose)
{
    public bool Includes(SpeedStep step) => Steps.Contains(step);

    public string IndexPathOf(CorpusSize size) => Path.Combine(Work, "index-" + size.Label);

    /// <summary>The options as written with every result row: enough to run the same benchmark again.</summary>
    public object ForResults() => new
    {
        sizes = Sizes.Select(s => s.Label),
        steps = Enum.GetValues<SpeedStep>().Where(Steps.Contains).Select(s => s.ToString().ToLowerInvariant()),
        work = Path.GetRelativePath(RepositoryPaths.Root, Work),
        allSides = File.Exists(AllSides) ? Path.GetFileName(AllSides) : null,
        runs = Runs,
        seconds = Seconds,
        serverWarmUpSeconds = ServerWarmUpSeconds,
        warmUpSeconds = WarmUpSeconds,
        clients = Clients,
        diverseSearches = DiverseSearches,
    };
}
