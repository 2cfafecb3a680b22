using NewsArchive.Core.Reading;

namespace NewsArchive.Core.Ingest;

/// <summary>How far an indexing run has come, for progress displays.</summary>
public readonly record struct IndexProgress(int Articles, int Skipped, TimeSpan Elapsed)
{
    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? Articles / Elapsed.TotalSeconds : 0;
}

/// <summary>What happened to the files of an incremental run.</summary>
/// <param name="Read">New or changed files that were read.</param>
/// <param name="Unchanged">Files left as they were indexed.</param>
/// <param name="Deleted">Files gone since the last run, whose articles were removed.</param>
public readonly record struct FileCounts(int Read, int Unchanged, int Deleted);

/// <summary>What an indexing run did.</summary>
/// <param name="Added">Articles new to the index.</param>
/// <param name="Replaced">Articles whose id was already indexed, replaced by the new version.</param>
/// <param name="Removed">Articles removed because their file was deleted or changed.</param>
/// <param name="Skipped">One line for each input that could not be used.</param>
/// <param name="Warnings">One line for each article indexed with a flaw (an unreadable or absurd date, …).</param>
/// <param name="Files">What happened to the files, for runs over files.</param>
/// <param name="TotalArticles">Articles in the index after the run.</param>
/// <param name="Elapsed">How long the run took.</param>
public sealed record IndexSummary(
    int Added,
    int Replaced,
    int Removed,
    IReadOnlyList<ReadProblem> Skipped,
    IReadOnlyList<ReadProblem> Warnings,
    FileCounts? Files,
    int TotalArticles,
    TimeSpan Elapsed)
{
    /// <summary>What the grouping of new articles into stories did.</summary>
    public Stories.StoryGrouping Stories { get; init; } = Core.Stories.StoryGrouping.None;

    public int Indexed => Added + Replaced;

    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? Indexed / Elapsed.TotalSeconds : 0;
}
