using System.Text.RegularExpressions;

namespace NewsArchive.Core.Search.Queries;

/// <summary>
/// Reads the * of pasted text, which is a wildcard only where a reader would type one. Outside
/// quotes (a phrase's * is dropped by the analyzer anyway), a word with a *:
/// <list type="bullet">
/// <item>starting with it is emphasis or a footnote (a leading wildcard is refused): "*More*" is "More";</item>
/// <item>with ** or more is censored ("f**k", "S***", "bull****"): no prefix is written that way, so
/// it is searched as the archive indexes it, its parts as a phrase ("f k", "S");</item>
/// <item>with one * between letters ("sh*thole", "wom*n") is the wildcard or, as an article that
/// censors it writes it, its parts as a phrase: either finds it;</item>
/// <item>ending in one * is a prefix ("immig*"), except where it ends a sentence: before closing
/// punctuation ("fight*.", "fight*'") or at the end of a query of several words, a headline's footnote.</item>
/// </list>
/// </summary>
internal static partial class PastedAsterisks
{
    /// <summary>Words from which a query reads as a sentence, whose last * is a footnote, not a prefix.</summary>
    public const int MinSentenceWords = 4;

    public static string Read(string text)
    {
        if (!text.Contains('*')) return text;
        var sentence = Word().Count(text) >= MinSentenceWords;
        // Even pieces are outside quotes (the quotes are paired by now), odd ones are phrases.
        var pieces = text.Split('"');
        for (var i = 0; i < pieces.Length; i += 2)
        {
            var last = i == pieces.Length - 1;
            pieces[i] = Starred().Replace(pieces[i], match => ReadWord(match, sentence && last));
        }
        return string.Join('"', pieces);
    }

    private static string ReadWord(Match match, bool mayEndQuery)
    {
        var word = match.Value;
        if (word.StartsWith('*')) word = word.Trim('*');
        if (word.Length == 0 || word.Contains('?')) return word;
        var parts = word.Split('*', StringSplitOptions.RemoveEmptyEntries);
        if (word.Contains("**", StringComparison.Ordinal)) return Phrase(parts);
        if (!word.EndsWith('*')) return parts.Length < 2 ? word : parts[0].Length >= QueryText.MinPrefixLength ? $"({word} OR {Phrase(parts)})" : Phrase(parts);
        // "co*a*" is a pattern to its last *; only a word with one * at its end can be a footnote.
        if (word.IndexOf('*') < word.Length - 1) return word;
        var rest = match.Result("$'");
        var endsSentence = ClosingMark().IsMatch(rest) || (mayEndQuery && string.IsNullOrWhiteSpace(rest));
        return endsSentence ? word.TrimEnd('*') : word;
    }

    private static string Phrase(string[] parts) => parts.Length switch
    {
        0 => " ",
        1 => parts[0],
        _ => "\"" + string.Join(' ', parts) + "\"",
    };

    // A word with a * in it, not escaped, and a * before a word (emphasis) with it.
    [GeneratedRegex(@"(?<![\p{L}\p{N}_*?\\])\**[\p{L}\p{N}?]*\*[\p{L}\p{N}?*]*")]
    private static partial Regex Starred();

    [GeneratedRegex(@"^[.,;:!?'’”)\]]")]
    private static partial Regex ClosingMark();

    // Words as written between spaces: "co*a*b" is one.
    [GeneratedRegex(@"[^\s]*[\p{L}\p{N}][^\s]*")]
    private static partial Regex Word();
}
