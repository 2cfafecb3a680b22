namespace NewsArchive.Benchmarks.Load;

/// <param name="IndexPath">The index to serve; built from <paramref name="CorpusPath"/> first when missing.</param>
/// <param name="Label">The corpus's name in the results (the index folder's name by default).</param>
/// <param name="WorkFolder">The index's copy that the indexer writes into, its new articles and the logs.</param>
/// <param name="WhileIndexing">Run the load a second time while the indexer commits new articles.</param>
/// <param name="EverySeconds">Seconds between two new articles in that run.</param>
internal sealed record LoadOptions(string IndexPath, string CorpusPath, string Label, string WorkFolder, int Clients, int Seconds,
    int WarmUpSeconds, bool WhileIndexing, double EverySeconds)
{
    /// <summary>What the results file records of the run's options: paths relative to the repository.</summary>
    public object Parameters => new
    {
        index = Path.GetRelativePath(RepositoryPaths.Root, IndexPath),
        corpus = Label,
        clients = Clients,
        seconds = Seconds,
        warmUpSeconds = WarmUpSeconds,
        whileIndexing = WhileIndexing,
        everySeconds = EverySeconds,
    };
}
