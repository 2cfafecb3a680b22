namespace NewsArchive.Core.Search;

/// <summary>Whether the index can be searched, and if not, why.</summary>
public enum IndexState
{
    /// <summary>Open and searchable (it may hold no articles).</summary>
    Open,

    /// <summary>No index in the folder yet: never built, or removed.</summary>
    Missing,

    /// <summary>No commit yet, and another process holds the write lock: being built.</summary>
    Locked,

    /// <summary>There is an index, but it cannot be read (damaged files, disk errors).</summary>
    Damaged,
}

/// <summary>A search of an index that is not open; the web app answers 503 before it gets this far.</summary>
public sealed class IndexUnavailableException(IndexState state)
    : InvalidOperationException($"The index is not available: {state}.")
{
    public IndexState State { get; } = state;
}
