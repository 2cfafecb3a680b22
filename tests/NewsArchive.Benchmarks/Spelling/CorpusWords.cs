using System.Text.RegularExpressions;
using NewsArchive.Core.Articles;
using NewsArchive.Core.Reading;

namespace NewsArchive.Benchmarks.Spelling;

/// <summary>
/// How the corpus writes its words: for each word (lowercased), how often it is written with a
/// capital and in all, and the first place it occurs with some text around it, so that a
/// reviewer can read it in context.
/// </summary>
internal sealed partial class CorpusWords
{
    private const int SnippetSide = 70;

    private readonly Dictionary<string, (int Capitalised, int All)> counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string AsWritten, string Snippet)> firstSeen = new(StringComparer.Ordinal);

    public static CorpusWords Read(string corpus)
    {
        var words = new CorpusWords();
        foreach (var article in CorpusReader.Default.Read([corpus]).Select(r => r.Article).OfType<Article>())
            words.Add(article.Title + " \u2014 " + article.Body);
        return words;
    }

    /// <summary>A name is written with a capital nearly always, also where a sentence does not start.</summary>
    public bool IsName(string word) =>
        counts.TryGetValue(word, out var count) && count.Capitalised >= 0.9 * count.All;

    /// <summary>The word as first written (its capitals), or the word itself when the corpus never writes it as a word of letters.</summary>
    public string AsWritten(string word) => firstSeen.TryGetValue(word, out var seen) ? seen.AsWritten : word;

    public string Snippet(string word) => firstSeen.TryGetValue(word, out var seen) ? seen.Snippet : "";

    private void Add(string text)
    {
        foreach (Match match in Letters().Matches(text))
        {
            var word = match.Value.ToLowerInvariant();
            var count = counts.GetValueOrDefault(word);
            counts[word] = (count.Capitalised + (char.IsUpper(match.Value[0]) ? 1 : 0), count.All + 1);
            if (firstSeen.ContainsKey(word)) continue;
            var start = Math.Max(0, match.Index - SnippetSide);
            var end = Math.Min(text.Length, match.Index + match.Length + SnippetSide);
            var snippet = text[start..match.Index] + "[[" + match.Value + "]]" + text[(match.Index + match.Length)..end];
            firstSeen[word] = (match.Value, Regex.Replace(snippet, @"\s+", " "));
        }
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Letters();
}
