using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Queries;
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
/// Searches the query Core read from the text a reader typed (<see cref="UserQuery"/>) over title
/// and body (see <see cref="ArchiveQueryParser"/>). With word forms on, a document must match the
/// words in some form, and matching them exactly as typed adds to its score, so exact matches
/// rank above stemmed ones. A query Lucene cannot build is searched as its plain words.
/// </summary>
public static class UserQueryParser
{
    /// <summary>How much more matching the words as typed counts than matching another form.</summary>
    public const float ExactBoost = 4f;

    /// <param name="excluded">Facet values the query excluded (-bias:left, see <see cref="QueryFacets"/>).</param>
    public static ParsedQuery Parse(string? text, Analyzer analyzer, bool wordForms = true, IReadOnlyList<KeywordFilter>? excluded = null)
    {
        var parsed = Build(UserQuery.Read(text), analyzer, wordForms);
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

    private static ParsedQuery Build(UserQuery read, Analyzer analyzer, bool wordForms)
    {
        if (read.IsPlainWords) return BuildAsRead(read, analyzer, wordForms) ?? new ParsedQuery(new BooleanQuery(), new BooleanQuery(), read.Notice);
        try
        {
            // Words Core found searchable that the analysis drops are no words either.
            return BuildAsRead(read, analyzer, wordForms) ?? Build(UserQuery.PlainWords(read.Searched), analyzer, wordForms);
        }
        catch (Exception ex) when (ex is ParseException or ArgumentException or BooleanQuery.TooManyClausesException)
        {
            return Build(UserQuery.PlainWords(read.Searched), analyzer, wordForms);
        }
    }

    private static ParsedQuery? BuildAsRead(UserQuery read, Analyzer analyzer, bool wordForms)
    {
        if (new ArchiveQueryParser(analyzer, wordForms: false).Build(read.Root) is not { } exact) return null;
        return new ParsedQuery(wordForms ? WithWordForms(read.Root, exact, analyzer) : exact, exact, read.Notice);
    }

    private static Query WithWordForms(QueryNode root, Query exact, Analyzer analyzer)
    {
        var forms = new ArchiveQueryParser(analyzer, wordForms: true).Build(root)!;
        if (forms.Equals(exact)) return exact;
        // Matching as typed adds its own score (and lifts the coordination factor), so articles
        // with the exact words rank above those with other forms only.
        var asTyped = (Query)exact.Clone();
        asTyped.Boost = ExactBoost;
        return new BooleanQuery { { forms, Occur.MUST }, { asTyped, Occur.SHOULD } };
    }
}
