using System.Globalization;
using System.Text;

namespace NewsArchive.Core.Search.Queries;

/// <summary>
/// Reads the query language into a <see cref="QueryNode"/> tree: the classic Lucene syntax readers
/// know (all words must match; quotes make phrases, field:word, + - AND OR NOT, brackets, word*,
/// wildcards, word~, "phrase"~slop, ^boost, [a TO b]), read the way Lucene's classic parser reads
/// it with AND as the default operator, so queries mean what they always meant. Forms whose cost
/// grows with the size of the vocabulary are refused (<see cref="QueryRefusedException"/>) rather
/// than allowed to scan it; the limits are the same for every engine (<see cref="QueryText"/>).
/// </summary>
public sealed class QuerySyntax
{
    private readonly List<QueryToken> tokens;
    private int next;

    // The same word is counted once however often it is typed.
    private readonly HashSet<string> expandingWords = new(StringComparer.Ordinal);

    private QuerySyntax(string text) => tokens = QueryTokens.Of(text);

    /// <summary>The tree of <paramref name="text"/>, or null when none of its words can be searched ("...", "-- ,").</summary>
    /// <exception cref="QuerySyntaxException">The text is not a query; a <see cref="QueryRefusedException"/> says what was refused.</exception>
    public static QueryNode? Parse(string text)
    {
        var syntax = new QuerySyntax(text);
        var query = syntax.Query(field: null);
        syntax.Expect(TokenKind.End);
        return query;
    }

    private TokenKind Peek(int ahead = 0) => tokens[Math.Min(next + ahead, tokens.Count - 1)].Kind;

    private QueryToken Expect(params TokenKind[] kinds)
    {
        var token = tokens[next];
        if (!kinds.Contains(token.Kind)) throw new QuerySyntaxException(token.Kind == TokenKind.End ? "The search ends too soon." : $"The search cannot be read at \"{token.Text}\".");
        next++;
        return token;
    }

    private bool Accept(TokenKind kind, out QueryToken token)
    {
        token = tokens[next];
        if (token.Kind != kind) return false;
        next++;
        return true;
    }

    private static readonly TokenKind[] ClauseStarts =
    [
        TokenKind.And, TokenKind.Or, TokenKind.Not, TokenKind.Plus, TokenKind.Minus, TokenKind.BareOperator, TokenKind.OpenParen,
        TokenKind.Star, TokenKind.Quoted, TokenKind.Term, TokenKind.PrefixTerm, TokenKind.WildTerm,
        TokenKind.RangeInclusiveStart, TokenKind.RangeExclusiveStart, TokenKind.Number,
    ];

    private enum Conjunction
    {
        None,
        And,
        Or,
    }

    private enum Modifier
    {
        None,
        Required,
        Prohibited,
    }

    /// <summary>
    /// Clauses joined as the classic parser joins them with AND as the default: a clause is required
    /// unless introduced by OR; AND makes the clause before it required and OR optional, unless it
    /// is excluded. A clause with nothing to search is not added, but its AND or OR still applies.
    /// </summary>
    private QueryNode? Query(string? field)
    {
        var clauses = new List<(Occurrence Occur, QueryNode Node)>();
        var modifier = Modifiers();
        var first = Clause(field);
        Add(clauses, Conjunction.None, modifier, first);
        if (modifier != Modifier.None) first = null;
        while (ClauseStarts.Contains(Peek()))
        {
            var conjunction = Accept(TokenKind.And, out _) ? Conjunction.And : Accept(TokenKind.Or, out _) ? Conjunction.Or : Conjunction.None;
            modifier = Modifiers();
            Add(clauses, conjunction, modifier, Clause(field));
        }
        if (clauses.Count == 1 && first is not null) return first;
        return clauses.Count == 0 ? null : new BooleanNode(clauses.Select(c => new QueryClause(c.Occur, c.Node)).ToList());
    }

    private Modifier Modifiers() =>
        Accept(TokenKind.Plus, out _) ? Modifier.Required
        : Accept(TokenKind.Minus, out _) || Accept(TokenKind.Not, out _) ? Modifier.Prohibited
        : Modifier.None;

    private static void Add(List<(Occurrence Occur, QueryNode Node)> clauses, Conjunction conjunction, Modifier modifier, QueryNode? node)
    {
        if (clauses.Count > 0 && conjunction != Conjunction.None && clauses[^1].Occur != Occurrence.MustNot)
            clauses[^1] = (conjunction == Conjunction.And ? Occurrence.Must : Occurrence.Should, clauses[^1].Node);
        if (node is null) return;
        var occur = modifier == Modifier.Prohibited ? Occurrence.MustNot : conjunction == Conjunction.Or ? Occurrence.Should : Occurrence.Must;
        clauses.Add((occur, node));
    }

    private QueryNode? Clause(string? field)
    {
        if (Peek() is TokenKind.Term or TokenKind.Star && Peek(1) == TokenKind.Colon)
        {
            var name = Expect(TokenKind.Term, TokenKind.Star);
            field = name.Kind == TokenKind.Star ? "*" : Unescaped(name.Text);
            Expect(TokenKind.Colon);
        }
        if (!Accept(TokenKind.OpenParen, out _)) return Term(field);
        var group = Query(field);
        Expect(TokenKind.CloseParen);
        return Boosted(group);
    }

    private QueryNode? Term(string? field)
    {
        var token = Expect(
            TokenKind.Term, TokenKind.Star, TokenKind.PrefixTerm, TokenKind.WildTerm, TokenKind.Number, TokenKind.BareOperator,
            TokenKind.RangeInclusiveStart, TokenKind.RangeExclusiveStart, TokenKind.Quoted);
        switch (token.Kind)
        {
            case TokenKind.RangeInclusiveStart or TokenKind.RangeExclusiveStart:
                return Boosted(Range(field, inclusiveStart: token.Kind == TokenKind.RangeInclusiveStart));
            case TokenKind.Quoted:
                var slop = Accept(TokenKind.FuzzySlop, out var slopToken) ? (int)(Number(slopToken.Text[1..]) ?? 0) : 0;
                return Boosted(Searchable(new PhraseNode(field, Unescaped(token.Text[1..^1]), slop)));
        }
        // The escapes are read (and a bad one refused) whatever the word turns out to be.
        var unescaped = Unescaped(BareText(token));
        Accept(TokenKind.FuzzySlop, out var fuzzy);
        var boost = Boost();
        // A slop after the boost ("word^2~1") is read too, the later one counting.
        if (boost is not null && Accept(TokenKind.FuzzySlop, out var later)) fuzzy = later;
        var node = token.Kind switch
        {
            TokenKind.Star or TokenKind.WildTerm => Wildcard(field, token.Text),
            TokenKind.PrefixTerm => Prefix(field, Unescaped(token.Text[..^1])),
            _ when fuzzy.Kind == TokenKind.FuzzySlop => Fuzzy(field, unescaped, fuzzy.Text[1..]),
            _ => Searchable(new WordNode(field, unescaped)),
        };
        return node is null || boost is null ? node : node with { Boost = boost };
    }

    // A sign standing alone ("+ ") is read as the word "+".
    private static string BareText(QueryToken token) => token.Kind == TokenKind.BareOperator ? token.Text[..1] : token.Text;

    private QueryNode Range(string? field, bool inclusiveStart)
    {
        var lower = Expect(TokenKind.RangeValue, TokenKind.RangeQuoted);
        Accept(TokenKind.RangeTo, out _);
        var upper = Expect(TokenKind.RangeValue, TokenKind.RangeQuoted);
        var end = Expect(TokenKind.RangeInclusiveEnd, TokenKind.RangeExclusiveEnd);
        var (from, to) = (Bound(lower), Bound(upper));
        CountExpanding($"[{from} TO {to}]");
        return new RangeNode(field, from, to, inclusiveStart, end.Kind == TokenKind.RangeInclusiveEnd);
    }

    private static string? Bound(QueryToken token) =>
        token.Kind == TokenKind.RangeQuoted ? Unescaped(token.Text[1..^1]) : token.Text == "*" ? null : Unescaped(token.Text);

    private QueryNode? Boosted(QueryNode? node) => Boost() is { } boost && node is not null ? node with { Boost = boost } : node;

    private float? Boost() => Accept(TokenKind.Caret, out _) ? Number(Expect(TokenKind.Number).Text) ?? 1f : null;

    private static float? Number(string text) =>
        float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    private QueryNode Prefix(string? field, string prefix)
    {
        if (prefix.Length < QueryText.MinPrefixLength)
            throw new QueryRefusedException($"A word ending in * needs at least {QueryText.MinPrefixLength} letters before the *.");
        CountExpanding(prefix + "*");
        return new PrefixNode(field, prefix);
    }

    private QueryNode Wildcard(string? field, string pattern)
    {
        var literalStart = pattern.IndexOfAny(['*', '?']);
        if (literalStart == 0)
            throw new QueryRefusedException("A word cannot begin with * or ?: that would scan every word in the archive.");
        if (literalStart > 0 && literalStart < QueryText.MinPrefixLength)
            throw new QueryRefusedException($"A word with * or ? needs at least {QueryText.MinPrefixLength} letters before the first wildcard.");
        if (pattern.Count(c => c is '*' or '?') > QueryText.MaxWildcards)
            throw new QueryRefusedException($"A word may have at most {QueryText.MaxWildcards} wildcards (* or ?): more can take the archive minutes to look up.");
        CountExpanding(pattern);
        return new WildcardNode(field, pattern);
    }

    /// <summary>
    /// word~ allows up to two edits, word~1 one; a fraction below 1 is a similarity, the share of
    /// the word's letters that must stay. A word shorter than <see cref="QueryText.MinFuzzyLength"/>
    /// letters matches almost anything fuzzily, so the engine searches it as a plain word.
    /// </summary>
    private QueryNode? Fuzzy(string? field, string text, string typedEdits)
    {
        var similarity = Number(typedEdits) ?? MaxEdits;
        if (similarity >= 1f && similarity != (int)similarity) throw new QuerySyntaxException("Fractional edit distances are not allowed.");
        if (!(similarity >= 0f)) throw new QuerySyntaxException("A word's ~ takes a number of edits or a similarity between 0 and 1.");
        if (text.Length < QueryText.MinFuzzyLength) return Searchable(new FuzzyNode(field, text, MaxEdits));
        CountExpanding(text + "~");
        var letters = text.EnumerateRunes().Count();
        var edits = similarity >= 1f ? (int)Math.Min(similarity, MaxEdits) : similarity == 0f ? 0 : Math.Min((int)((1d - similarity) * letters), MaxEdits);
        return new FuzzyNode(field, text, edits);
    }

    /// <summary>The most edits a fuzzy word may allow, as in Lucene's automata.</summary>
    public const int MaxEdits = 2;

    private void CountExpanding(string word)
    {
        if (expandingWords.Add(word) && expandingWords.Count > QueryText.MaxExpandingWords)
            throw new QueryRefusedException($"A search may have at most {QueryText.MaxExpandingWords} words with *, ? or ~, ranges ([a TO b]) included: each is looked up among all the words of the archive.");
    }

    /// <summary>
    /// A word or phrase of the text fields (the default ones, or the title) with no letter or digit
    /// has nothing to search, as their analysis finds no word in it. Other fields (the outlet, a
    /// whole name) are the engine's to read.
    /// </summary>
    private static QueryNode? Searchable(FieldNode node)
    {
        var text = node switch
        {
            WordNode word => word.Text,
            PhraseNode phrase => phrase.Text,
            FuzzyNode fuzzy => fuzzy.Text,
            _ => "x",
        };
        return (node.Field is not null && node.Field != QueryFields.Title) || text.EnumerateRunes().Any(Rune.IsLetterOrDigit) ? node : null;
    }

    /// <summary>The text with its backslash escapes read: \x is x, \u0041 is A.</summary>
    public static string Unescaped(string text)
    {
        if (!text.Contains('\\')) return text;
        var output = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\') { output.Append(text[i]); continue; }
            if (++i == text.Length) throw new QuerySyntaxException("A word cannot end with a backslash.");
            if (text[i] != 'u') { output.Append(text[i]); continue; }
            if (i + 4 >= text.Length) throw new QuerySyntaxException("A \\u escape needs four hexadecimal digits.");
            if (!int.TryParse(text.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                throw new QuerySyntaxException("A \\u escape needs four hexadecimal digits.");
            output.Append((char)code);
            i += 4;
        }
        return output.ToString();
    }
}
