using System.Text.RegularExpressions;
using NewsArchive.Core.Indexing;

namespace NewsArchive.Core.Search;

/// <summary>
/// Makes text pasted from an article (a headline, a sentence, a quotation) mean its words before
/// the query parser reads it, keeping the operators only where they cannot be prose: "word:" is a
/// field only for the fields a reader searches (title, source; facet lists are taken out before,
/// by <see cref="QueryFacets"/>), so "Charlottesville: CEOs quit" and "origin:/a/path" are words;
/// a ? that ends a word and a sentence is a question mark, not a wildcard; curly quotes make
/// phrases like straight ones; ! / &amp; dashes and unpaired brackets are punctuation.
/// </summary>
internal static partial class PastedText
{
    /// <summary>Field names a reader may type; every other field of the index is internal.</summary>
    private static readonly HashSet<string> ReaderFields = new(StringComparer.OrdinalIgnoreCase) { ArchiveSchema.Title, ArchiveSchema.Source };

    public static string Normalize(string text)
    {
        if (IsCapitalHeadline(text)) text = Sign().Replace(Operator().Replace(text, m => m.Value.ToLowerInvariant()), " ");
        text = text.Replace('“', '"').Replace('”', '"').Replace('″', '"');
        text = LostApostrophe().Replace(text, " ");
        text = Unranged().Replace(text, " ");
        text = SingleQuoted().Replace(text, "\"$1\"").Replace('‘', '\'').Replace('’', '\'');
        text = FieldColon().Replace(text, m => m.Groups["field"].Success && ReaderFields.Contains(m.Groups["name"].Value) ? m.Groups["name"].Value.ToLowerInvariant() + ":" : m.Groups["name"].Value + " ");
        text = LooseColon().Replace(text, " ");
        text = LooseWildcard().Replace(text, " ");
        text = QuestionMark().Replace(text, "");
        text = Prose().Replace(text, " ");
        text = Dashes().Replace(text, " ");
        text = LooseSign().Replace(text, " ");
        return Balanced(text) ? text : text.Replace('(', ' ').Replace(')', ' ');
    }

    /// <summary>
    /// Wire headlines are written in capitals ("SHULTZ NOT OPPOSED TO WHEAT SUBSIDY", "BONDS RISE
    /// -DEALERS"): in a query of several words and no small letter, NOT, OR, AND and a leading - or +
    /// are words and dashes. A reader who means an operator types the other words as usual.
    /// </summary>
    private static bool IsCapitalHeadline(string text) =>
        !text.Any(char.IsLower) && Word().Count(text) >= MinHeadlineWords;

    private const int MinHeadlineWords = 4;

    /// <summary>Brackets group only when every one is closed in order; a pasted "(AP" is text.</summary>
    private static bool Balanced(string text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '(') depth++;
            else if (c == ')' && --depth < 0) return false;
        }
        return depth == 0;
    }

    [GeneratedRegex(@"\b(?:AND|OR|NOT)\b")]
    private static partial Regex Operator();

    [GeneratedRegex(@"(?<![^\s(])[-+]")]
    private static partial Regex Sign();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    // ‘…’ around words, not the apostrophe of "Trump’s": the opening one starts a word, the closing one ends it.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])‘([^‘’""]+?)’(?![\p{L}\p{N}])")]
    private static partial Regex SingleQuoted();

    // A field's value follows its colon: "Source: Obama to tap Kerry" is a headline, "source:reuters" a field.
    [GeneratedRegex(@"(?<![\p{L}\p{N}_.\\])(?<name>[\p{L}\p{N}_.]+):(?=\s|$)|(?<![\p{L}\p{N}_.\\])(?<name>[\p{L}\p{N}_.]+):(?<field>)")]
    private static partial Regex FieldColon();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_.\\]):")]
    private static partial Regex LooseColon();

    // A ? after a whole word (no wildcard in it: "co*a?" is a pattern), maybe quoted or abbreviated ('Evolve'?, U.S.?), and before a space, closing punctuation or the end closes a question;
    // "wom?n" (a letter after it) stays a wildcard.
    [GeneratedRegex(@"(?<=(?:^|[^\p{L}\p{N}*?])[\p{L}\p{N}]+[""')\].]*)\?+(?=[\s""')\].,;:!]|$)")]
    private static partial Regex QuestionMark();

    // A * or ? standing alone is no wildcard of anything, and a ? that starts a word never is one
    // (a leading wildcard is refused): it is a quotation mark lost to a wrong encoding ("?hostile?").
    [GeneratedRegex(@"(?<![^\s(""])(?:[?*]+(?![\p{L}\p{N}])|\?+)")]
    private static partial Regex LooseWildcard();

    // Never operators in prose: "!" (NOT), "&" ("&&"), typographic dashes; and "/", which would make
    // a regular expression, a form that can scan every word in the archive ("9/11", "AC/DC" are words).
    [GeneratedRegex(@"[!/&–—]")]
    private static partial Regex Prose();

    // "Obama?s", "can?t": an apostrophe turned into ? by a wrong encoding, not a one-letter wildcard;
    // the archive's text has the same ?, which splits the word there.
    [GeneratedRegex(@"(?<=\p{L})\?(?=(?:s|t|ve|ll|re|d|m)\b)")]
    private static partial Regex LostApostrophe();

    // Brackets and braces make a range only as [a TO b] or {a TO b}; "[Updated]" is text.
    [GeneratedRegex(@"[\[\]{}](?![^\[\]{}]*\sTO\s[^\[\]{}]*[\]}])(?<![\[{][^\[\]{}]*\sTO\s[^\[\]{}]*[\]}])")]
    private static partial Regex Unranged();

    // A + or - standing alone ("Trump - Clinton") excludes or requires nothing.
    [GeneratedRegex(@"(?<![^\s(])[-+]+(?![\p{L}\p{N}""(])")]
    private static partial Regex LooseSign();

    // "--without sparking war" is a dash, never an exclusion; "Disney+" ends in a plus, not an operator.
    [GeneratedRegex(@"-{2,}|(?<=[\p{L}\p{N}])\+(?![\p{L}\p{N}])")]
    private static partial Regex Dashes();
}
