namespace NewsArchive.Core.Stories.Comparison;

/// <summary>One spelling of a name, and the versions that use it.</summary>
public sealed record NameSpelling(string Spelling, IReadOnlyList<StoryVersion> UsedBy);

/// <summary>A name the versions of a story spell in more than one way (Tileuberdi, Tleuberdi).</summary>
public sealed record NameVariants(IReadOnlyList<NameSpelling> Spellings);
