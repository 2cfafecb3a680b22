using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Benchmarks.Relevance;

/// <summary>
/// NewsArchive's ranking with other settings, to find the best ones without changing the app:
/// the app's own parsed query with the title's boost rescaled, scored by another similarity
/// over the same index (BM25 and TF-IDF encode field lengths alike, and k1 and b are only read at
/// search time), in the app's relevance order. With the app's settings it ranks as the app does;
/// it skips facets and snippets, so its timings are not the app's.
/// </summary>
internal sealed class TunedArchiveRanker : IRanker
{
    /// <summary>The app's relevance order: score, then newest first, the undated last.</summary>
    private static readonly Sort RelevanceOrder = CreateRelevanceOrder();

    private readonly IndexSearcher searcher;
    private readonly Analyzer analyzer;
    private readonly float titleScale;

    public TunedArchiveRanker(IndexReader reader, Analyzer analyzer, Similarity similarity, string similarityName, float titleBoost)
    {
        searcher = new IndexSearcher(reader) { Similarity = similarity };
        this.analyzer = analyzer;
        titleScale = titleBoost / AppTitleBoost(analyzer);
        Settings = $"{similarityName}, title x{titleBoost:0.##}";
    }

    public string System => "NewsArchive";

    public string Settings { get; }

    /// <summary>How much more the app's parser weighs a word in the title than in the body.</summary>
    public static float AppTitleBoost(Analyzer analyzer)
    {
        float title = 0, body = 0;
        VisitLeaves(UserQueryParser.Parse("word", analyzer).Query, (query, field) =>
        {
            if (IsTitle(field)) title = Math.Max(title, query.Boost);
            else body = Math.Max(body, query.Boost);
        });
        return title / body;
    }

    public IReadOnlyList<string> Top(IReadOnlyList<string> words, QueryMode mode, int count)
    {
        var query = UserQueryParser.Parse(LuceneQueryText.Of(words, mode), analyzer).Query;
        VisitLeaves(query, (leaf, field) =>
        {
            if (IsTitle(field)) leaf.Boost *= titleScale;
        });
        return searcher.Search(query, null, count, RelevanceOrder).ScoreDocs
            .Select(hit => searcher.Doc(hit.Doc).Get(ArchiveSchema.Id))
            .ToList();
    }

    private static Sort CreateRelevanceOrder()
    {
        var date = new SortField(ArchiveSchema.SortDate, SortFieldType.INT64, true);
        date.SetMissingValue(long.MinValue);
        return new Sort(SortField.FIELD_SCORE, date);
    }

    /// <summary>The exact title field and any variant of it ("title.stem").</summary>
    private static bool IsTitle(string field) =>
        field == ArchiveSchema.Title || field.StartsWith(ArchiveSchema.Title + ".", StringComparison.Ordinal);

    private static void VisitLeaves(Query query, Action<Query, string> visit)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses) VisitLeaves(clause.Query, visit);
                break;
            case DisjunctionMaxQuery max:
                foreach (var disjunct in max.Disjuncts) VisitLeaves(disjunct, visit);
                break;
            case TermQuery term:
                visit(term, term.Term.Field);
                break;
            case PhraseQuery phrase when phrase.GetTerms() is [var first, ..]:
                visit(phrase, first.Field);
                break;
            case MultiTermQuery multi:
                visit(multi, multi.Field);
                break;
        }
    }
}
