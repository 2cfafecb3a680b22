using System.Text.RegularExpressions;

namespace NewsArchive.Benchmarks.Stories;

/// <summary>The words the pair draw compares: a headline's content words, and the names an opening mentions.</summary>
internal static partial class PairWords
{
    // Words every headline has, which would make unrelated headlines look alike.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "could", "did", "do", "does", "for", "from",
        "had", "has", "have", "he", "her", "his", "how", "i", "if", "in", "into", "is", "it", "its", "may", "more", "new",
        "no", "not", "of", "on", "or", "our", "out", "over", "says", "said", "say", "she", "so", "than", "that", "the",
        "their", "them", "they", "this", "to", "up", "us", "was", "we", "were", "what", "when", "who", "why", "will",
        "with", "would", "you", "after", "about", "just", "now", "all", "before",
        "mr", "mrs", "ms", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    /// <summary>The headline's words, lowercased, without stop words.</summary>
    public static HashSet<string> Content(string title) =>
        Words().Matches(title).Select(m => Bare(m.Value).ToLowerInvariant()).Where(w => !StopWords.Contains(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Capitalised words that are not a sentence's first (headlines capitalise every word, and a
    /// sentence its first, so neither says a word is a name), nor stop words ("The", "But").
    /// </summary>
    public static HashSet<string> Names(string text)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in Words().Matches(text))
        {
            var word = Bare(match.Value);
            if (word.Length < 3 || !char.IsUpper(word[0]) || StopWords.Contains(word.ToLowerInvariant())) continue;
            var before = text.AsSpan(0, match.Index).TrimEnd(" \"'\u201c\u2018(");
            if (before.IsEmpty || before[^1] is '.' or '?' or '!' or ':') continue;
            names.Add(word);
        }
        return names;
    }

    /// <summary>Shared words over all words of the two sets (0 when both are empty).</summary>
    public static double Jaccard(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        var shared = Shared(a, b);
        return shared == 0 ? 0 : (double)shared / (a.Count + b.Count - shared);
    }

    public static int Shared(IReadOnlySet<string> a, IReadOnlySet<string> b) => a.Count(b.Contains);

    /// <summary>Trump's is Trump.</summary>
    private static string Bare(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) ? word[..^2] : word;

    [GeneratedRegex(@"\p{L}[\p{L}\p{Nd}'’-]*")]
    private static partial Regex Words();
}
