namespace NewsArchive.Core.Stories;

/// <summary>One version of a story, as a list shows it.</summary>
public sealed record StoryVersion(string Id, string Title, string? Source, DateTimeOffset? Date);

/// <summary>The story of a hit: its size, its outlets, and the first of its other versions, for the hit to offer them.</summary>
/// <param name="Size">Articles in the story, the hit's own included.</param>
/// <param name="Outlets">Distinct outlets of the story (an article without a known source counts as one).</param>
/// <param name="Others">The other versions, oldest first, at most <see cref="OthersShown"/>.</param>
public sealed record HitStory(StoryId Id, int Size, int Outlets, IReadOnlyList<StoryVersion> Others)
{
    public const int OthersShown = 8;
}
