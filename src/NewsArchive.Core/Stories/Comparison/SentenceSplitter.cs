using System.Text.RegularExpressions;

namespace NewsArchive.Core.Stories.Comparison;

/// <summary>
/// Cuts a paragraph into sentences: after a full stop, question or exclamation mark (and any
/// closing quote or bracket) followed by a space and a capital, digit or opening quote — except
/// after a title, an initial or a month's short form ("Mr. Wang", "U.S. troops", "Jan. 10").
/// </summary>
public static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "st", "jr", "sr", "no", "vs", "inc", "corp", "co", "ltd",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    public static IReadOnlyList<string> Split(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        foreach (Match end in SentenceEnd().Matches(paragraph))
        {
            var candidate = paragraph[start..end.Index];
            if (EndsWithAbbreviation(candidate)) continue;
            if (candidate.Trim() is { Length: > 0 } sentence) sentences.Add(sentence);
            start = end.Index + end.Length;
        }
        if (paragraph[start..].Trim() is { Length: > 0 } last) sentences.Add(last);
        return sentences;
    }

    /// <summary>Whether the text ends with an abbreviation's full stop, or an initial's ("J." "U.S.").</summary>
    private static bool EndsWithAbbreviation(string text)
    {
        if (!text.EndsWith('.')) return false;
        var lastWord = text[(text.LastIndexOfAny([' ', '(', '"', '“']) + 1)..^1];
        return lastWord.Length == 1 || lastWord.Contains('.') || Abbreviations.Contains(lastWord);
    }

    [GeneratedRegex(@"(?<=[.!?][""”’')\]]?)\s+(?=[""“‘(]?[\p{Lu}\d])")]
    private static partial Regex SentenceEnd();
}
