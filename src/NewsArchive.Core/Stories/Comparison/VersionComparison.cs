namespace NewsArchive.Core.Stories.Comparison;

/// <summary>Whether a sentence of one version has a counterpart in the other.</summary>
public enum PassageKind
{
    /// <summary>The other version has a sentence saying much the same (most of its words).</summary>
    Shared,

    /// <summary>Only this version says it.</summary>
    Unique,
}

/// <summary>A word of a shared sentence, and whether the counterpart sentence has it otherwise (another spelling, another number) or not at all.</summary>
public readonly record struct ComparedWord(string Text, bool Differs);

/// <summary>A sentence of one version, compared with the other version.</summary>
public sealed record ComparedSentence(PassageKind Kind, IReadOnlyList<ComparedWord> Words)
{
    public string Text => string.Join(' ', Words.Select(w => w.Text));
}

/// <summary>One version's text, paragraph by paragraph, each sentence marked shared or unique.</summary>
public sealed record ComparedVersion(StoryVersion Version, IReadOnlyList<IReadOnlyList<ComparedSentence>> Paragraphs)
{
    public int SharedSentences => Paragraphs.Sum(p => p.Count(s => s.Kind == PassageKind.Shared));

    public int UniqueSentences => Paragraphs.Sum(p => p.Count(s => s.Kind == PassageKind.Unique));

    /// <summary>Sentences past <see cref="VersionComparison.MaxSentences"/>, neither compared nor listed.</summary>
    public int LeftOut { get; init; }
}

/// <summary>Two versions of a story side by side.</summary>
public sealed record VersionComparison(ComparedVersion Left, ComparedVersion Right)
{
    /// <summary>
    /// Sentences of each version compared at most (some 300,000 characters of news): matching is
    /// quadratic at worst, a few seconds for two articles of a million characters, and a page of
    /// two such texts side by side is no longer read. The rest is left out, and counted.
    /// </summary>
    public const int MaxSentences = 3_000;
}
