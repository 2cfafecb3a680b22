namespace NewsArchive.Core.Ingest;

/// <summary>The index is being written by another process; only one writer may hold it.</summary>
public sealed class IndexLockedException(string indexPath, Exception inner)
    : Exception($"The index at {indexPath} is being written by another process (an indexer, or the web app building it). Try again when it has finished.", inner);
