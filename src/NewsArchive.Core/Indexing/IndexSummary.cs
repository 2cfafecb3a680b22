using NewsArchive.Core.Reading;

namespace NewsArchive.Core.Indexing;

/// <summary>How far an indexing run has come, for progress displays.</summary>
public readonly record struct IndexProgress(int Articles, int Skipped, TimeSpan Elapsed)
{
    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? Articles / Elapsed.TotalSeconds : 0;
}

/// <summary>What an indexing run did.</summary>
/// <param name="Added">Articles new to the index.</param>
/// <param name="Replaced">Articles whose id was already indexed, replaced by the new version.</param>
/// <param name="Skipped">One line for each input that could not be used.</param>
/// <param name="TotalArticles">Articles in the index after the run.</param>
public sealed record IndexSummary(int Added, int Replaced, IReadOnlyList<ReadProblem> Skipped, int TotalArticles, TimeSpan Elapsed)
{
    public int Indexed => Added + Replaced;
    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? Indexed / Elapsed.TotalSeconds : 0;
}
