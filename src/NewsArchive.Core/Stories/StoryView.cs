using NewsArchive.Core.Stories.Comparison;

namespace NewsArchive.Core.Stories;

/// <summary>One version in a story's list: how long it is, whether it was the first, and its keyword lists.</summary>
public sealed record StoryMember(StoryVersion Version, int Words, bool IsFirst)
{
    /// <summary>The article's keyword lists by name (for AllSides its bias, topic and site), as the search's facets read them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Keywords { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}

/// <summary>
/// A story as its page shows it: every version oldest first (undated last), the first one
/// marked, two versions compared side by side, and the names the versions spell differently.
/// </summary>
public sealed record StoryView(StoryId Id, IReadOnlyList<StoryMember> Versions, VersionComparison? Comparison, IReadOnlyList<NameVariants> Names)
{
    /// <summary>Distinct outlets of the versions; each version without a known source counts as one (as in <see cref="HitStory.Outlets"/>).</summary>
    public int Outlets => Versions.Select(v => v.Version.Source ?? v.Version.Id).Distinct().Count();

    /// <summary>The earliest and latest publication dates among the versions; null when none is dated.</summary>
    public (DateTimeOffset First, DateTimeOffset Last)? Span =>
        Versions.Select(v => v.Version.Date).OfType<DateTimeOffset>().ToList() is { Count: > 0 } dates ? (dates.Min(), dates.Max()) : null;

    /// <summary>Versions read for one page at most: a story is a few reports, but a template repeated all year could be many.</summary>
    public const int MaxVersions = 200;
}
