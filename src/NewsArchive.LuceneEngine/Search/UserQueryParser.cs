using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine.Indexing;

namespace NewsArchive.LuceneEngine.Search;

/// <summary>The query a user typed, as Lucene understood it.</summary>
/// <param name="Query">What is searched.</param>
/// <param name="Exact">The same query with exact words only, which reads closest to what was typed.</param>
/// <param name="Notice">Set when the text could not be searched as written, saying what was searched instead.</param>
public sealed record ParsedQuery(Query Query, Query Exact, string? Notice)
{
    /// <summary>The terms <see cref="Query"/>'s words with *, ? or ~ may expand to, and whether the search cut them.</summary>
    public ExpansionBudget Expansion { get; init; } = ExpansionBudget.None;
}

/// <summary>
/// Turns the text a user typed into a query over title and body (see <see cref="ArchiveQueryParser"/>).
/// With word forms on, a document must match the words in some form, and matching them exactly
/// as typed adds to its score, so exact matches rank above stemmed ones. A malformed or refused
/// query never fails: it is searched as its plain words, and the notice says why.
/// </summary>
public static partial class UserQueryParser
{
    /// <summary>How much more matching the words as typed counts than matching another form.</summary>
    public const float ExactBoost = 4f;

    /// <param name="excluded">Facet values the query excluded (-bias:left, see <see cref="QueryFacets"/>).</param>
    public static ParsedQuery Parse(string? text, Analyzer analyzer, bool wordForms = true, IReadOnlyList<KeywordFilter>? excluded = null)
    {
        var parsed = ParseText(text, analyzer, wordForms);
        parsed = parsed with { Query = TitlePhrase.Around(parsed.Query, text, analyzer) };
        if (excluded is { Count: > 0 }) parsed = parsed with { Query = Excluding(parsed.Query, excluded), Exact = Excluding(parsed.Exact, excluded) };
        return parsed with { Expansion = ExpansionBudget.Apply(parsed.Query) };
    }

    private static Query Excluding(Query query, IReadOnlyList<KeywordFilter> excluded)
    {
        var all = new BooleanQuery { { query, Occur.MUST } };
        foreach (var value in excluded) all.Add(new TermQuery(new Lucene.Net.Index.Term(ArchiveSchema.KeywordField(value.List), value.Value)), Occur.MUST_NOT);
        return all;
    }

    private static ParsedQuery ParseText(string? text, Analyzer analyzer, bool wordForms)
    {
        if (string.IsNullOrWhiteSpace(text)) return new ParsedQuery(new MatchAllDocsQuery(), new MatchAllDocsQuery(), null);
        var typed = text;
        text = PastedText.Normalize(text);
        if (string.IsNullOrWhiteSpace(text)) return ParsePlainWords(typed, analyzer, wordForms, notice: null);
        try
        {
            var exact = EverythingBut(new ArchiveQueryParser(analyzer, wordForms: false).Parse(text));
            // Text the analyzer finds no words in ("...", "-- ,") parses to an empty query that
            // matches nothing; say why instead of showing no results without a word.
            if (exact is BooleanQuery { Clauses.Count: 0 }) return ParsePlainWords(text, analyzer, wordForms, notice: null);
            return new ParsedQuery(wordForms ? WithWordForms(text, exact, analyzer) : exact, exact, null);
        }
        catch (Exception ex) when (ex is ParseException or ArgumentException)
        {
            return ParsePlainWords(text, analyzer, wordForms, RefusalOf(ex)?.Message);
        }
    }

    private static Query WithWordForms(string text, Query exact, Analyzer analyzer)
    {
        var forms = EverythingBut(new ArchiveQueryParser(analyzer, wordForms: true).Parse(text));
        if (forms.Equals(exact)) return exact;
        // Matching as typed adds its own score (and lifts the coordination factor), so articles
        // with the exact words rank above those with other forms only.
        var asTyped = (Query)exact.Clone();
        asTyped.Boost = ExactBoost;
        return new BooleanQuery { { forms, Occur.MUST }, { asTyped, Occur.SHOULD } };
    }

    /// <summary>
    /// A query of exclusions only ("-trump", "NOT trump") matches nothing in Lucene; a reader
    /// means every article except those.
    /// </summary>
    private static Query EverythingBut(Query query)
    {
        if (query is not BooleanQuery { Clauses.Count: > 0 } boolean || boolean.Clauses.Any(c => c.Occur != Occur.MUST_NOT)) return query;
        var everything = (BooleanQuery)boolean.Clone();
        everything.Add(new MatchAllDocsQuery(), Occur.MUST);
        return everything;
    }

    /// <summary>The parser wraps what its methods throw; find the refusal, if that is what it was.</summary>
    private static RefusedQueryException? RefusalOf(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
            if (ex is RefusedQueryException refused) return refused;
        return null;
    }

    /// <summary>
    /// Keeps only the words, lowercased so that no word is read as an operator (AND, OR, NOT).
    /// </summary>
    private static ParsedQuery ParsePlainWords(string text, Analyzer analyzer, bool wordForms, string? notice)
    {
        var words = Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();
        if (words.Count == 0)
            return new ParsedQuery(new BooleanQuery(), new BooleanQuery(), "Your search has no words to look for.");
        var plain = string.Join(' ', words);
        var exact = new ArchiveQueryParser(analyzer, wordForms: false).Parse(plain);
        var query = wordForms ? WithWordForms(plain, exact, analyzer) : exact;
        var why = notice ?? "Your search could not be read as written.";
        return new ParsedQuery(query, exact, $"{why} It was searched as the plain words: {plain}");
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
