namespace NewsArchive.Benchmarks.Speed;

/// <summary>The parts of the speed benchmark, run in this order for each size (startup once per run).</summary>
internal enum SpeedStep
{
    /// <summary>The real indexer, as a child process, building the size's index from scratch.</summary>
    Index,

    /// <summary>The same corpus into SQLite FTS5, in this process: the yardstick for indexing.</summary>
    Fts5,

    /// <summary>The app's searcher, in this process, over the size's index.</summary>
    Search,

    /// <summary>The real web app, as a child process, under concurrent load.</summary>
    Web,

    /// <summary>A first start of the web app: building the bundled corpus's index until a search answers.</summary>
    Startup,
}
