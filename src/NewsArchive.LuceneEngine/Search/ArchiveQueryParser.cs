using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Queries;
using NewsArchive.LuceneEngine.Indexing;

namespace NewsArchive.LuceneEngine.Search;

/// <summary>
/// Turns the query tree Core read (<see cref="QuerySyntax"/>) into Lucene queries over title and
/// body, each node as Lucene's classic parser builds the same syntax, so a query means what it
/// meant when this parser read the text itself. With word forms on, unquoted words are looked up
/// in the stemmed fields (so "protest" finds "protested"); quoted phrases, prefixes, wildcards and
/// fuzzy words always use the exact fields. Core has refused the forms that cost too much.
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

    private readonly bool wordForms;

    public ArchiveQueryParser(Analyzer analyzer, bool wordForms)
        : base(ArchiveSchema.Version, [.. FieldBoosts.Keys], analyzer, FieldBoosts.ToDictionary())
    {
        this.wordForms = wordForms;
        DefaultOperator = Operator.AND;
        AllowLeadingWildcard = false;
    }

    protected override Query? GetFieldQuery(string? field, string queryText, bool quoted)
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

    /// <summary>The Lucene query of a node, or null when its words analyse to nothing.</summary>
    public Query? Build(QueryNode node)
    {
        var query = node switch
        {
            WordNode word => GetFieldQuery(word.Field, word.Text, quoted: false),
            PhraseNode phrase => GetFieldQuery(phrase.Field, phrase.Text, phrase.Slop),
            PrefixNode prefix => GetPrefixQuery(prefix.Field, prefix.Prefix),
            WildcardNode wildcard => GetWildcardQuery(wildcard.Field, wildcard.Pattern),
            FuzzyNode fuzzy => GetFuzzyQuery(fuzzy.Field, fuzzy.Text, fuzzy.MaxEdits),
            RangeNode range => GetRangeQuery(range.Field, range.Lower, range.Upper, range.IncludeLower, range.IncludeUpper),
            MatchAllNode => new MatchAllDocsQuery(),
            BooleanNode boolean => Boolean(boolean),
            _ => throw new UnreachableException($"No query is built for a {node.GetType().Name}."),
        };
        if (query is not null && node.Boost is { } boost) query.Boost = boost;
        return query;
    }

    private BooleanQuery? Boolean(BooleanNode node)
    {
        var query = NewBooleanQuery(disableCoord: false);
        foreach (var clause in node.Clauses)
            if (Build(clause.Node) is { } built) query.Add(built, OccurOf(clause.Occur));
        return query.Clauses.Count == 0 ? null : query;
    }

    private static Occur OccurOf(Occurrence occurrence) => occurrence switch
    {
        Occurrence.Must => Occur.MUST,
        Occurrence.MustNot => Occur.MUST_NOT,
        _ => Occur.SHOULD,
    };

    // A fuzzy word shorter than Core's minimum is searched as the plain word (see QuerySyntax).
    protected override Query GetFuzzyQuery(string? field, string termStr, float minSimilarity) =>
        termStr.Length < QueryText.MinFuzzyLength ? GetFieldQuery(field, termStr, quoted: false)! : base.GetFuzzyQuery(field, termStr, minSimilarity);
}
