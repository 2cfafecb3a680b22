using System.Text.RegularExpressions;

namespace NewsArchive.Core.Search.Queries;

/// <summary>
/// Makes text pasted from an article (a headline, a sentence, a quotation) mean its words before
/// the query parser reads it, keeping the operators only where they cannot be prose: "word:" is a
/// field only for the fields a reader searches (title, source; facet lists are taken out before,
/// by the engine, which knows the archive's lists), so "Charlottesville: CEOs quit" and "origin:/a/path" are words;
/// a ? that ends a word and a sentence, or follows a symbol, is a question mark, not a wildcard;
/// curly quotes make phrases like straight ones, and a quote left unpaired is punctuation; ! / &amp;
/// dashes and unpaired brackets are punctuation, and a - before a number a minus sign; a headline has
/// no operators; a * is read by <see cref="PastedAsterisks"/>, words joined by a colon by <see cref="JoinedWords"/>.
/// </summary>
internal static partial class PastedText
{
    /// <summary>Field names a reader may type; every other field of the index is internal.</summary>
    private static readonly HashSet<string> ReaderFields = new(StringComparer.OrdinalIgnoreCase) { QueryFields.Title, QueryFields.Source };

    public static string Normalize(string text)
    {
        if (IsHeadline(text)) text = Sign().Replace(Operator().Replace(text, m => m.Value.ToLowerInvariant()), " ");
        text = text.Replace('“', '"').Replace('”', '"').Replace('″', '"');
        text = DoubledApostrophe().Replace(text, "\"");
        text = LostApostrophe().Replace(text, " ");
        text = Unranged().Replace(text, " ");
        text = SingleQuoted().Replace(text, "\"$1\"").Replace('‘', '\'').Replace('’', '\'');
        text = WithoutUnpairedQuote(text);
        text = FieldColon().Replace(text, FieldOrWords);
        text = LooseColon().Replace(text, " ");
        text = LooseWildcard().Replace(text, " ");
        text = QuestionMark().Replace(text, "");
        text = QuestionAfterSymbol().Replace(text, "");
        text = QuestionBeforeMojibake().Replace(text, " ");
        text = Prose().Replace(text, " ");
        text = Dashes().Replace(text, " ");
        text = LooseSign().Replace(text, " ");
        text = Minus().Replace(text, " ");
        if (!Balanced(text)) text = text.Replace('(', ' ').Replace(')', ' ');
        // The rewrites that add brackets come after the brackets are checked.
        return JoinedWords.Read(PastedAsterisks.Read(text));
    }

    private static string FieldOrWords(Match match)
    {
        var name = match.Groups["name"].Value;
        if (!match.Groups["field"].Success) return name + " ";
        return ReaderFields.Contains(name) ? name.ToLowerInvariant() + ":" : name + JoinedWords.Colon;
    }

    /// <summary>
    /// Quotes pair from the first: an odd last one ("a \"cow pie of distortion'", an opening quote
    /// closed by an apostrophe) is punctuation, rather than a phrase to the end or a query unread.
    /// </summary>
    private static string WithoutUnpairedQuote(string text)
    {
        if (text.Count(c => c == '"') % 2 == 0) return text;
        var last = text.LastIndexOf('"');
        return string.Concat(text.AsSpan(0, last), " ", text.AsSpan(last + 1));
    }

    /// <summary>
    /// A headline or a sentence has no operators. Wire headlines are written in capitals ("SHULTZ NOT
    /// OPPOSED TO WHEAT SUBSIDY TO SOVIETS", "BONDS RISE -DEALERS"), others in Title Case with a word
    /// stressed in capitals ("FBI Claims Attempted GOP Assassinations Are ‘Assault’ — NOT Terrorism"),
    /// and a sentence may use a hyphen for a dash ("tense hearing -calls conduct shameful"). In a
    /// query of four or more words and no small letter, of five or more words besides AND, OR and NOT
    /// most of which begin with a capital, or of eight or more such words however written, NOT, OR,
    /// AND and a leading - or + are words and dashes. A reader who means an operator types a shorter
    /// query with the other words in small letters, as usual. Words in double quotes are not counted:
    /// between phrases ("Mukhtar Tileuberdi" OR "Mukhtar Tleuberdi") an operator is one.
    /// </summary>
    private static bool IsHeadline(string text)
    {
        var words = Word().Matches(Phrase().Replace(text, " ")).Select(m => m.Value).ToList();
        if (!text.Any(char.IsLower)) return words.Count >= MinHeadlineWords;
        var others = words.Where(w => !Operator().IsMatch(w)).ToList();
        return others.Count >= MinSentenceWords
            || (others.Count >= MinTitleCaseWords && others.Count(w => char.IsUpper(w[0])) * 2 > others.Count);
    }

    private const int MinHeadlineWords = 4;

    private const int MinTitleCaseWords = 5;

    private const int MinSentenceWords = 8;

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

    // Two apostrophes typed for a double quote: ''Hello'' or 'inevitable''.
    [GeneratedRegex(@"''|‘‘|’’")]
    private static partial Regex DoubledApostrophe();

    [GeneratedRegex(@"[""“”][^""“”]*[""“”]")]
    private static partial Regex Phrase();

    [GeneratedRegex(@"\b(?:AND|OR|NOT)\b")]
    private static partial Regex Operator();

    // All the signs before a word: "--without" in a headline is a dash, not "-" before "-without".
    [GeneratedRegex(@"(?<![^\s(])[-+]+")]
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

    // A ? after a symbol ends a question too: no word is a wildcard pattern after "%" or after the
    // "â„¢" of a wrongly decoded apostrophe ("cliffÃ¢â‚¬â„¢?").
    [GeneratedRegex(@"(?<=[^\s\p{L}\p{N}*?""')\].(\\])\?+(?=[\s""')\].,;:!]|$)")]
    private static partial Regex QuestionAfterSymbol();

    // "Died?Ã¢â‚¬Â": a question mark before a wrongly decoded quotation mark, whose letters run into
    // symbols (¢ €), not a wildcard inside a word as in "wom?n".
    [GeneratedRegex(@"(?<=\p{L})\?(?=\p{L}*[\p{Sc}\p{Sk}\p{So}])")]
    private static partial Regex QuestionBeforeMojibake();

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

    // "GDP Drops -0.7%": a minus sign, not the exclusion of a number.
    [GeneratedRegex(@"(?<![^\s(])-(?=\d)")]
    private static partial Regex Minus();

    // "--without sparking war" is a dash, never an exclusion; "Disney+" ends in a plus, not an operator.
    [GeneratedRegex(@"-{2,}|(?<=[\p{L}\p{N}])\+(?![\p{L}\p{N}])")]
    private static partial Regex Dashes();
}
