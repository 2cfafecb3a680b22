using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine.Indexing;

namespace NewsArchive.LuceneEngine.Search;

/// <summary>The parser refused a form of query that would cost too much; the message says why, for the reader.</summary>
public sealed class RefusedQueryException(string reason) : ParseException(reason);

/// <summary>
/// The query language over title and body: all words must match by default, quotes make exact
/// phrases, field:word and the usual operators work. With word forms on, unquoted words are
/// looked up in the stemmed fields (so "protest" finds "protested"); quoted phrases, prefixes,
/// wildcards and fuzzy words always use the exact fields. Forms whose cost grows with the size
/// of the vocabulary are bounded: they are refused with a reason rather than allowed to scan it.
/// </summary>
internal sealed class ArchiveQueryParser : MultiFieldQueryParser
{
    /// <summary>
    /// A word in the title counts a little more than in the body. Only a little: a title is short
    /// and its words rare, so BM25 already scores a title match two to three times a body match;
    /// on the known-item benchmark (Reuters) doubling the title lost 0.09 MRR for any-word queries
    /// and gained nothing for all-word ones.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, float> FieldBoosts = new Dictionary<string, float>
    {
        [ArchiveSchema.Title] = 1.25f,
        [ArchiveSchema.Body] = 1f,
    };

    /// <summary>"a*" would expand to every word starting with a; two letters keep expansions small.</summary>
    public const int MinPrefixLength = 2;

    /// <summary>
    /// Wildcards (* and ?) one word may have. Lucene turns a wildcard word into an automaton and
    /// makes it deterministic before the search, which has no bound of its own: each ? after a *
    /// doubles the states ("co*a" and fourteen ? took over a minute, twenty would take days), all
    /// on the request's thread. Five cover any word a reader means, at a few dozen states.
    /// </summary>
    public const int MaxWildcards = 5;

    /// <summary>Fuzzy matching of very short words matches almost anything.</summary>
    public const int MinFuzzyLength = 3;

    private readonly bool wordForms;

    // The same word is built once per field; the limit counts it once.
    private readonly HashSet<string> expandingWords = new(StringComparer.Ordinal);

    public ArchiveQueryParser(Analyzer analyzer, bool wordForms)
        : base(ArchiveSchema.Version, [.. FieldBoosts.Keys], analyzer, FieldBoosts.ToDictionary())
    {
        this.wordForms = wordForms;
        DefaultOperator = Operator.AND;
        AllowLeadingWildcard = false;
    }

    protected override Query? GetFieldQuery(string field, string queryText, bool quoted)
    {
        if (!wordForms || quoted) return base.GetFieldQuery(field, queryText, quoted);
        if (field is not null) return base.GetFieldQuery(ArchiveSchema.StemmedFieldOf(field) ?? field, queryText, quoted);

        // The default fields: each one's stemmed twin, with the same boost.
        var anyField = new BooleanQuery(disableCoord: true);
        foreach (var (exactField, boost) in FieldBoosts)
        {
            var query = base.GetFieldQuery(ArchiveSchema.StemmedFieldOf(exactField)!, queryText, quoted);
            if (query is null) continue;
            query.Boost = boost;
            anyField.Add(query, Occur.SHOULD);
        }
        return anyField.Clauses.Count == 0 ? null : anyField;
    }

    protected override Query GetPrefixQuery(string field, string termStr)
    {
        if (termStr.Length < MinPrefixLength)
            throw new RefusedQueryException($"A word ending in * needs at least {MinPrefixLength} letters before the *.");
        CountExpanding(termStr + "*");
        return base.GetPrefixQuery(field, termStr);
    }

    protected override Query GetWildcardQuery(string field, string termStr)
    {
        var literalStart = termStr.IndexOfAny(['*', '?']);
        if (literalStart == 0)
            throw new RefusedQueryException("A word cannot begin with * or ?: that would scan every word in the archive.");
        if (literalStart > 0 && literalStart < MinPrefixLength)
            throw new RefusedQueryException($"A word with * or ? needs at least {MinPrefixLength} letters before the first wildcard.");
        if (termStr.Count(c => c is '*' or '?') > MaxWildcards)
            throw new RefusedQueryException($"A word may have at most {MaxWildcards} wildcards (* or ?): more can take the archive minutes to look up.");
        CountExpanding(termStr);
        return base.GetWildcardQuery(field, termStr);
    }

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity)
    {
        if (termStr.Length < MinFuzzyLength) return GetFieldQuery(field, termStr, quoted: false)!;
        CountExpanding(termStr + "~");
        return base.GetFuzzyQuery(field, termStr, minSimilarity);
    }

    // A range of words ([a TO m]) expands like a prefix, and may span most of the vocabulary.
    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
    {
        CountExpanding($"[{part1} TO {part2}]");
        return base.GetRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }

    private void CountExpanding(string word)
    {
        if (expandingWords.Add(word) && expandingWords.Count > QueryText.MaxExpandingWords)
            throw new RefusedQueryException($"A search may have at most {QueryText.MaxExpandingWords} words with *, ? or ~, ranges ([a TO b]) included: each is looked up among all the words of the archive.");
    }
}
