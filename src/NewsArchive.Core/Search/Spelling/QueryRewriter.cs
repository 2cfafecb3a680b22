namespace NewsArchive.Core.Search.Spelling;

/// <summary>
/// Writes a suggestion back into the query text, changing only the words concerned, so that the
/// rest of what the reader typed (operators, phrases, field:values) stays as it was.
/// </summary>
internal static class QueryRewriter
{
    /// <summary>The text with each word replaced by its correction.</summary>
    public static SpellingSuggestion Replace(string text, IEnumerable<(QueryWord Word, string Replacement)> corrections)
    {
        var parts = new List<QueryPart>();
        var position = 0;
        foreach (var (word, replacement) in corrections.OrderBy(c => c.Word.Start))
        {
            if (word.Start > position) parts.Add(new QueryPart(text[position..word.Start], false));
            parts.Add(new QueryPart(replacement, true));
            position = word.End;
        }
        if (position < text.Length) parts.Add(new QueryPart(text[position..], false));
        return new SpellingSuggestion(string.Concat(parts.Select(p => p.Text)), parts);
    }

    /// <summary>
    /// The text with the word widened to any of its spellings: "(tileuberdi OR tleuberdi)". In a
    /// phrase, where OR cannot go, the whole phrase is repeated once per spelling.
    /// </summary>
    public static string Include(string text, QueryWord word, IEnumerable<string> spellings)
    {
        if (!word.InPhrase)
            return text[..word.Start] + AnyOf([word.Text, .. spellings]) + text[word.End..];
        var phrase = text[word.PhraseStart..word.PhraseEnd];
        var at = word.Start - word.PhraseStart;
        var phrases = spellings.Select(s => phrase[..at] + s + phrase[(at + word.Text.Length)..]);
        return text[..word.PhraseStart] + AnyOf([phrase, .. phrases]) + text[word.PhraseEnd..];
    }

    /// <summary>The word written with the case the reader used: kazakhstan, Kazakhstan or KAZAKHSTAN.</summary>
    public static string MatchCase(string typed, string word)
    {
        if (typed.Length > 1 && typed.All(c => !char.IsLower(c))) return word.ToUpperInvariant();
        return char.IsUpper(typed[0]) ? char.ToUpperInvariant(word[0]) + word[1..] : word;
    }

    private static string AnyOf(IEnumerable<string> alternatives) => "(" + string.Join(" OR ", alternatives) + ")";
}
