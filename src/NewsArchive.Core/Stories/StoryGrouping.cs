namespace NewsArchive.Core.Stories;

/// <summary>What a grouping pass did.</summary>
/// <param name="Grouped">Articles given a story in this pass (the ones new since the last pass).</param>
/// <param name="Joined">Of those, the ones that joined a story another article started.</param>
/// <param name="Merged">Stories merged into another because an article of this pass bridged them.</param>
/// <param name="Elapsed">How long the pass took.</param>
public sealed record StoryGrouping(int Grouped, int Joined, int Merged, TimeSpan Elapsed)
{
    public static readonly StoryGrouping None = new(0, 0, 0, TimeSpan.Zero);

    /// <summary>Articles that started a story of their own.</summary>
    public int Started => Grouped - Joined;
}
