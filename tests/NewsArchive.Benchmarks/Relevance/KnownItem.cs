namespace NewsArchive.Benchmarks.Relevance;

/// <summary>
/// One known-item query: a few words a reader remembers from a story, and the story's ids (more
/// than one when Reuters sent the same story twice; finding either copy is finding it).
/// </summary>
internal sealed record KnownItem(string Id, IReadOnlySet<string> Answers, IReadOnlyList<string> Words)
{
    /// <summary>The 1-based rank of the first answer among <paramref name="ids"/>, or null.</summary>
    public int? RankIn(IReadOnlyList<string> ids)
    {
        for (var i = 0; i < ids.Count; i++)
            if (Answers.Contains(ids[i])) return i + 1;
        return null;
    }
}

/// <summary>How the words of a query combine.</summary>
internal enum QueryMode
{
    /// <summary>Every word must match: the app's default.</summary>
    And,

    /// <summary>Any word may match; more matching words rank higher.</summary>
    Or,
}
