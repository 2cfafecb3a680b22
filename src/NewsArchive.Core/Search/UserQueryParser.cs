using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using NewsArchive.Core.Indexing;

namespace NewsArchive.Core.Search;

/// <summary>The query a user typed, as Lucene understood it.</summary>
/// <param name="Notice">Set when the text could not be parsed as written and was searched as plain words.</param>
public sealed record ParsedQuery(Query Query, string? Notice);

/// <summary>
/// Turns the text a user typed into a query over title and body: all words must match, quotes
/// make phrases, and the query language's operators work. A malformed query never fails: it
/// is searched as its plain words, and the notice says so.
/// </summary>
public static partial class UserQueryParser
{
    public const int MaxLength = 1_000;

    /// <summary>A word in the title counts more than the same word in the body.</summary>
    private static readonly Dictionary<string, float> FieldBoosts = new()
    {
        [ArchiveSchema.Title] = 2f,
        [ArchiveSchema.Body] = 1f,
    };

    public static ParsedQuery Parse(string? text, Analyzer analyzer)
    {
        if (string.IsNullOrWhiteSpace(text)) return new ParsedQuery(new MatchAllDocsQuery(), null);
        try
        {
            var query = CreateParser(analyzer).Parse(text);
            // Text the analyzer finds no words in ("...", "-- ,") parses to an empty query that
            // matches nothing; say why instead of showing no results without a word.
            return query is BooleanQuery { Clauses.Count: 0 }
                ? ParsePlainWords(text, analyzer)
                : new ParsedQuery(query, null);
        }
        catch (Exception ex) when (ex is ParseException or ArgumentException)
        {
            // A malformed /regular expression/ fails with ArgumentException while the parser
            // builds its automaton, not with a ParseException.
            return ParsePlainWords(text, analyzer);
        }
    }

    /// <summary>
    /// Keeps only the words, lowercased so that no word is read as an operator (AND, OR, NOT).
    /// </summary>
    private static ParsedQuery ParsePlainWords(string text, Analyzer analyzer)
    {
        var words = Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();
        var notice = words.Count == 0
            ? "Your search has no words to look for."
            : $"Your search could not be read as written, so it was searched as the plain words: {string.Join(' ', words)}";
        if (words.Count == 0) return new ParsedQuery(new BooleanQuery(), notice);
        return new ParsedQuery(CreateParser(analyzer).Parse(string.Join(' ', words)), notice);
    }

    /// <summary>A parser is not thread-safe, so each search makes its own; they are cheap.</summary>
    private static MultiFieldQueryParser CreateParser(Analyzer analyzer) =>
        new(ArchiveSchema.Version, [ArchiveSchema.Title, ArchiveSchema.Body], analyzer, FieldBoosts)
        {
            DefaultOperator = Operator.AND,
            AllowLeadingWildcard = false,
        };

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
