namespace NewsArchive.Core.Search.Queries;

internal enum TokenKind
{
    And,
    Or,
    Not,
    Plus,
    Minus,
    BareOperator,
    OpenParen,
    CloseParen,
    Colon,
    Star,
    Caret,
    Quoted,
    Term,
    FuzzySlop,
    PrefixTerm,
    WildTerm,
    RangeInclusiveStart,
    RangeExclusiveStart,
    Number,
    RangeTo,
    RangeInclusiveEnd,
    RangeExclusiveEnd,
    RangeQuoted,
    RangeValue,
    End,
}

internal readonly record struct QueryToken(TokenKind Kind, string Text);

/// <summary>
/// Splits query text into the tokens of the classic Lucene query syntax, which readers know from
/// every Lucene-based search box: at each place the longest token that fits, the first kind listed
/// on a tie ("AND" is an operator, "ANDES" a word); after a ^ only a number may follow, and inside
/// [ ] or { } only bounds and TO. A / would start a regular expression, which the archive does not
/// search (pasted text has none left: see <see cref="PastedText"/>), so it cannot be read.
/// </summary>
internal static class QueryTokens
{
    private const string Specials = " \t\n\r\u3000+-!():^[]\"{}~*?\\/";

    public static List<QueryToken> Of(string text)
    {
        var tokens = new List<QueryToken>();
        var state = State.Default;
        var i = 0;
        while (true)
        {
            if (state != State.Boost)
                while (i < text.Length && IsWhitespace(text[i])) i++;
            if (i == text.Length)
            {
                if (state != State.Default) throw new QuerySyntaxException("The search ends inside a range or after a ^.");
                tokens.Add(new QueryToken(TokenKind.End, ""));
                return tokens;
            }
            var (kind, length) = state switch
            {
                State.Boost => (TokenKind.Number, NumberLength(text, i)),
                State.Range => Longest(RangeCandidates(text, i)),
                _ => Longest(DefaultCandidates(text, i)),
            };
            if (length == 0) throw new QuerySyntaxException($"The search cannot be read at \"{text[i..Math.Min(text.Length, i + 10)]}\".");
            tokens.Add(new QueryToken(kind, text.Substring(i, length)));
            i += length;
            state = kind switch
            {
                TokenKind.Caret => State.Boost,
                TokenKind.RangeInclusiveStart or TokenKind.RangeExclusiveStart => State.Range,
                TokenKind.Number or TokenKind.RangeInclusiveEnd or TokenKind.RangeExclusiveEnd => State.Default,
                _ => state,
            };
        }
    }

    private enum State
    {
        Default,
        Boost,
        Range,
    }

    private static (TokenKind Kind, int Length) Longest(IEnumerable<(TokenKind Kind, int Length)> candidates)
    {
        var best = (Kind: TokenKind.End, Length: 0);
        foreach (var candidate in candidates)
            if (candidate.Length > best.Length) best = candidate;
        return best;
    }

    // In the order that breaks ties.
    private static IEnumerable<(TokenKind, int)> DefaultCandidates(string s, int i)
    {
        yield return (TokenKind.And, Literal(s, i, "AND") ?? Literal(s, i, "&&") ?? 0);
        yield return (TokenKind.Or, Literal(s, i, "OR") ?? Literal(s, i, "||") ?? 0);
        yield return (TokenKind.Not, Literal(s, i, "NOT") ?? Literal(s, i, "!") ?? 0);
        yield return (TokenKind.Plus, Literal(s, i, "+") ?? 0);
        yield return (TokenKind.Minus, Literal(s, i, "-") ?? 0);
        yield return (TokenKind.BareOperator, s[i] is '+' or '-' or '!' && i + 1 < s.Length && IsWhitespace(s[i + 1]) ? 2 : 0);
        yield return (TokenKind.OpenParen, Literal(s, i, "(") ?? 0);
        yield return (TokenKind.CloseParen, Literal(s, i, ")") ?? 0);
        yield return (TokenKind.Colon, Literal(s, i, ":") ?? 0);
        yield return (TokenKind.Star, Literal(s, i, "*") ?? 0);
        yield return (TokenKind.Caret, Literal(s, i, "^") ?? 0);
        yield return (TokenKind.Quoted, QuotedLength(s, i));
        var term = TermLength(s, i);
        yield return (TokenKind.Term, term);
        // ~ and the characters of a word after it ("~2", "~0.5", and "~NOT", whose number is the default).
        yield return (TokenKind.FuzzySlop, s[i] == '~' ? 1 + TermLength(s, i + 1, start: false) : 0);
        yield return (TokenKind.PrefixTerm, s[i] == '*' ? 1 : term > 0 && i + term < s.Length && s[i + term] == '*' ? term + 1 : 0);
        yield return (TokenKind.WildTerm, WildLength(s, i));
        yield return (TokenKind.RangeInclusiveStart, Literal(s, i, "[") ?? 0);
        yield return (TokenKind.RangeExclusiveStart, Literal(s, i, "{") ?? 0);
    }

    private static IEnumerable<(TokenKind, int)> RangeCandidates(string s, int i)
    {
        yield return (TokenKind.RangeTo, Literal(s, i, "TO") ?? 0);
        yield return (TokenKind.RangeInclusiveEnd, Literal(s, i, "]") ?? 0);
        yield return (TokenKind.RangeExclusiveEnd, Literal(s, i, "}") ?? 0);
        yield return (TokenKind.RangeQuoted, RangeQuotedLength(s, i));
        var value = 0;
        while (i + value < s.Length && s[i + value] is not (' ' or ']' or '}')) value++;
        yield return (TokenKind.RangeValue, value);
    }

    private static int? Literal(string s, int i, string literal) => string.CompareOrdinal(s, i, literal, 0, literal.Length) == 0 ? literal.Length : null;

    public static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\u3000';

    /// <summary>Digits, then optionally a point and more digits.</summary>
    private static int NumberLength(string s, int i)
    {
        var j = i;
        while (j < s.Length && char.IsAsciiDigit(s[j])) j++;
        if (j == i) return 0;
        var fraction = j + 1;
        while (fraction < s.Length && char.IsAsciiDigit(s[fraction])) fraction++;
        return (j < s.Length && s[j] == '.' && fraction > j + 1 ? fraction : j) - i;
    }

    private static int QuotedLength(string s, int i)
    {
        if (s[i] != '"') return 0;
        for (var j = i + 1; j < s.Length; j++)
        {
            if (s[j] == '"') return j - i + 1;
            if (s[j] == '\\' && ++j == s.Length) return 0;
        }
        return 0;
    }

    /// <summary>A quoted bound: one or more characters, a quote among them only escaped, between quotes; the longest such.</summary>
    private static int RangeQuotedLength(string s, int i)
    {
        if (s[i] != '"') return 0;
        var longest = 0;
        for (var j = i + 1; j < s.Length; j++)
        {
            if (s[j] != '"') continue;
            if (j > i + 1) longest = j - i + 1;
            if (s[j - 1] != '\\' || j - 1 < i + 1) break;
        }
        return longest;
    }

    /// <summary>Characters of a word: anything but the specials, or any character after a backslash.</summary>
    private static int TermCharLength(string s, int i, bool start)
    {
        if (i >= s.Length) return 0;
        if (s[i] == '\\') return i + 1 < s.Length ? 2 : 0;
        if (!start && s[i] is '-' or '+') return 1;
        return Specials.Contains(s[i]) ? 0 : 1;
    }

    private static int TermLength(string s, int i, bool start = true)
    {
        var first = TermCharLength(s, i, start);
        if (first == 0) return 0;
        var j = i + first;
        for (int next; (next = TermCharLength(s, j, start: false)) > 0;) j += next;
        return j - i;
    }

    private static int WildLength(string s, int i)
    {
        var first = s[i] is '*' or '?' ? 1 : TermCharLength(s, i, start: true);
        if (first == 0) return 0;
        var j = i + first;
        while (true)
        {
            var next = j < s.Length && s[j] is '*' or '?' ? 1 : TermCharLength(s, j, start: false);
            if (next == 0) return j - i;
            j += next;
        }
    }
}
