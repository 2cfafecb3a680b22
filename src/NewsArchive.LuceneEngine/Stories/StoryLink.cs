namespace NewsArchive.LuceneEngine.Stories;

public enum LinkKind
{
    /// <summary>Most of the one text's word runs are in the other: a copy, a syndicated version, a light rewrite.</summary>
    NearCopy,

    /// <summary>Different texts about the same thing, dated within days of each other.</summary>
    SameEvent,
}

/// <summary>An article alike enough to another to share its story.</summary>
/// <param name="Doc">The other article's document number in the reader the links were found in.</param>
/// <param name="Similarity">Shingle Jaccard for a near-copy, TF-IDF cosine for the same event.</param>
internal readonly record struct StoryLink(int Doc, double Similarity, LinkKind Kind);
