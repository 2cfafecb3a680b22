namespace NewsArchive.Core.Reading;

/// <summary>Makes a headline for an article that has none: its first sentence, shortened.</summary>
public static class Headline
{
    public const int MaxLength = 120;

    public static string FromText(string text)
    {
        var firstParagraph = text.TrimStart().Split('\n', 2)[0].Trim();
        var sentence = FirstSentence(firstParagraph);
        return Shorten(sentence, MaxLength);
    }

    /// <summary>Cuts at a word boundary and marks the cut, so a headline never ends mid-word.</summary>
    public static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength) return text;
        var cut = text.LastIndexOf(' ', maxLength - 1);
        if (cut < maxLength / 2) cut = maxLength - 1;
        return text[..cut].TrimEnd(' ', ',', ';', ':', '-', '—') + "…";
    }

    /// <summary>A sentence ends at ". ", "? " or "! " after a lowercase word, so "U.S. officials" does not end one.</summary>
    private static string FirstSentence(string paragraph)
    {
        for (var i = 1; i < paragraph.Length - 1; i++)
        {
            if (paragraph[i] is not ('.' or '?' or '!') || paragraph[i + 1] != ' ') continue;
            if (char.IsLower(paragraph[i - 1]) || paragraph[i] != '.') return paragraph[..(i + 1)];
        }
        return paragraph;
    }
}
