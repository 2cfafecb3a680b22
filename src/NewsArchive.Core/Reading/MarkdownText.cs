using System.Text;
using System.Text.RegularExpressions;
using NewsArchive.Core.Articles;

namespace NewsArchive.Core.Reading;

/// <summary>
/// Reduces Markdown to the plain paragraphs an article body is made of: heading marks, emphasis,
/// link syntax and images go, the words stay. Not a Markdown renderer: only what changes the text
/// a reader sees or searches for is handled.
/// </summary>
internal static partial class MarkdownText
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    // Characters Markdown lets a backslash escape; shifted into the private use area while the
    // markup is stripped, so "\*" is kept as a star and not read as emphasis.
    private const string Escapable = @"\`*_{}[]()#+-.!>~|";
    private const char EscapeBase = '\uE000';

    /// <summary>A Markdown text as plain paragraphs.</summary>
    /// <param name="Body">The paragraphs, without the title heading.</param>
    /// <param name="Title">The title the text gives: its first "#" heading, or the heading it opens with.</param>
    /// <param name="WithTitle">The paragraphs with the title heading in its place.</param>
    public sealed record Plain(string Body, string? Title, string WithTitle);

    public static Plain ToPlain(string markdown)
    {
        var blocks = Blocks(markdown.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'));
        var titleIndex = blocks.FindIndex(b => b.Level == 1);
        if (titleIndex < 0 && blocks.Count > 0 && blocks[0].Level > 0) titleIndex = 0;
        var title = titleIndex >= 0 && blocks[titleIndex].Text.Length > 0 ? blocks[titleIndex].Text : null;
        var body = Paragraphs.Join(blocks.Where((_, i) => i != titleIndex).Select(b => b.Text));
        return new Plain(body, title, Paragraphs.Join(blocks.Select(b => b.Text)));
    }

    /// <summary>A paragraph, list item, code line or heading (<see cref="Level"/> 1–6), with its inline markup reduced.</summary>
    private sealed record Block(string Text, int Level);

    private static List<Block> Blocks(string[] lines)
    {
        var blocks = new List<Block>();
        var paragraph = new List<string>();
        string? fence = null;

        void Flush(int level = 0)
        {
            if (paragraph.Count > 0) blocks.Add(new Block(Inline(string.Join(' ', paragraph)), level));
            paragraph.Clear();
        }

        foreach (var line in lines)
        {
            if (fence is not null)
            {
                // Code is kept as written, line by line: it is text the reader sees.
                if (line.Trim().StartsWith(fence, StringComparison.Ordinal) && line.Trim().Trim(fence[0]).Length == 0) fence = null;
                else blocks.Add(new Block(line, 0));
                continue;
            }
            if (CodeFence().Match(line) is { Success: true } open)
            {
                Flush();
                fence = open.Groups["fence"].Value;
                continue;
            }
            if (string.IsNullOrWhiteSpace(line) || ReferenceDefinition().IsMatch(line))
            {
                Flush();
                continue;
            }
            if (AtxHeading().Match(line) is { Success: true } heading)
            {
                Flush();
                blocks.Add(new Block(Inline(heading.Groups["text"].Value), heading.Groups["marks"].Length));
                continue;
            }
            if (SetextUnderline().Match(line) is { Success: true } underline && paragraph.Count > 0)
            {
                Flush(underline.Value.Trim()[0] == '=' ? 1 : 2);
                continue;
            }
            if (ThematicBreak().IsMatch(line))
            {
                Flush();
                continue;
            }
            var text = BlockQuote().Replace(line, "");
            if (ListItem().Match(text) is { Success: true } item)
            {
                // Each item is a line of its own, as it is on the page.
                Flush();
                text = item.Groups["number"].Success ? $"{item.Groups["number"].Value} {item.Groups["text"].Value}" : item.Groups["text"].Value;
            }
            paragraph.Add(text.Trim());
        }
        Flush();
        return blocks;
    }

    /// <summary>Images dropped; links, code spans and emphasis reduced to their text.</summary>
    public static string Inline(string text)
    {
        text = EscapedCharacter().Replace(text, m => ((char)(EscapeBase + m.Value[1])).ToString());
        text = Image().Replace(text, "");
        text = Link().Replace(text, "${text}");
        text = AutoLink().Replace(text, "${url}");
        var pieces = CodeSpan().Split(text);
        var plain = new StringBuilder();
        for (var i = 0; i < pieces.Length; i++)
            plain.Append(i % 2 == 1 ? pieces[i] : Emphasis(pieces[i]));
        var result = plain.ToString();
        foreach (var c in Escapable) result = result.Replace((char)(EscapeBase + c), c);
        // A dropped image leaves the spaces that stood around it.
        return Spaces().Replace(result, " ").Trim();
    }

    private static string Emphasis(string text)
    {
        // Twice, for emphasis inside emphasis ("***both***", "**bold _and italic_**").
        for (var pass = 0; pass < 2; pass++)
        {
            text = Strong().Replace(text, "${text}");
            text = StarEmphasis().Replace(text, "${text}");
            text = UnderscoreEmphasis().Replace(text, "${text}");
            text = Strikethrough().Replace(text, "${text}");
        }
        return text;
    }

    [GeneratedRegex(@"^ {0,3}(?<fence>`{3,}|~{3,})", Options)]
    private static partial Regex CodeFence();

    [GeneratedRegex(@"^ {0,3}(?<marks>#{1,6})(?:[ \t]+(?<text>.*?))?(?:[ \t]+#+)?[ \t]*$", Options)]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^ {0,3}(?:=+|-+)[ \t]*$", Options)]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$", Options)]
    private static partial Regex ThematicBreak();

    [GeneratedRegex(@"^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$", Options)]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"^(?: {0,3}>[ \t]?)+", Options)]
    private static partial Regex BlockQuote();

    // Bullets go; numbers stay, since "2." may be referred to in the text.
    [GeneratedRegex(@"^[ \t]*(?:[-*+]|(?<number>\d{1,9}[.)]))[ \t]+(?<text>.*)$", Options)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"\\[\\`*_{}\[\]()#+\-.!>~|]", Options)]
    private static partial Regex EscapedCharacter();

    [GeneratedRegex(@"!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])", Options)]
    private static partial Regex Image();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\](?:\([^)]*\)|\[[^\]]*\])", Options)]
    private static partial Regex Link();

    [GeneratedRegex(@"<(?<url>(?:https?|mailto):[^>\s]+)>", Options)]
    private static partial Regex AutoLink();

    // Split keeps the captured code between the pieces: odd pieces are code, kept as written.
    [GeneratedRegex(@"`+([^`]+?)`+", Options)]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"(\*\*|__)(?=\S)(?<text>.+?)(?<=\S)\1", Options)]
    private static partial Regex Strong();

    [GeneratedRegex(@"\*(?=\S)(?<text>.+?)(?<=\S)\*", Options)]
    private static partial Regex StarEmphasis();

    // Not inside words, so snake_case and file_names_like_this keep their underscores.
    [GeneratedRegex(@"(?<![\p{L}\p{N}_])_(?=\S)(?<text>.+?)(?<=\S)_(?![\p{L}\p{N}_])", Options)]
    private static partial Regex UnderscoreEmphasis();

    [GeneratedRegex(@"~~(?<text>.+?)~~", Options)]
    private static partial Regex Strikethrough();

    [GeneratedRegex(@"[ \t]{2,}", Options)]
    private static partial Regex Spaces();
}
