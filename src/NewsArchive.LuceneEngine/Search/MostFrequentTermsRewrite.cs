using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NewsArchive.LuceneEngine.Search;

/// <summary>
/// Rewrites a prefix, wildcard or range word to at most <paramref name="limit"/> terms. A word
/// that matches no more is rewritten exactly as Lucene does by default, so ordinary searches are
/// unchanged; one that matches more keeps the terms in the most articles (which find nearly all
/// its matches), with the same constant score, and tells <paramref name="budget"/> it was cut.
/// Lucene's own bounded rewrites (TopTermsRewrite) keep the best-scoring terms, which for a
/// prefix are all equal: they would keep the alphabetically first ones.
/// </summary>
internal sealed class MostFrequentTermsRewrite(int limit, ExpansionBudget budget) : MultiTermQuery.RewriteMethod
{
    // The least frequent term kept is the first to go; of equally frequent ones, the last met.
    private static readonly Comparer<(int DocFreq, int Order)> LeastFrequentFirst =
        Comparer<(int DocFreq, int Order)>.Create((a, b) => a.DocFreq != b.DocFreq ? a.DocFreq.CompareTo(b.DocFreq) : b.Order.CompareTo(a.Order));

    public override Query Rewrite(IndexReader reader, MultiTermQuery query)
    {
        // The terms of all segments at once, so that each term's frequency is its whole-archive one.
        var terms = MultiFields.GetTerms(reader, query.Field);
        if (terms is null) return MultiTermQuery.CONSTANT_SCORE_AUTO_REWRITE_DEFAULT.Rewrite(reader, query);

        var kept = new PriorityQueue<BytesRef, (int DocFreq, int Order)>(limit + 1, LeastFrequentFirst);
        var matching = 0;
        var termsEnum = GetTermsEnum(query, terms, new AttributeSource());
        while (termsEnum.MoveNext())
        {
            matching++;
            var docFreq = termsEnum.DocFreq;
            if (kept.Count == limit && kept.TryPeek(out _, out var least) && docFreq <= least.DocFreq) continue;
            kept.Enqueue(BytesRef.DeepCopyOf(termsEnum.Term), (docFreq, matching));
            if (kept.Count > limit) kept.Dequeue();
        }
        if (matching <= limit) return MultiTermQuery.CONSTANT_SCORE_AUTO_REWRITE_DEFAULT.Rewrite(reader, query);

        budget.ReportCut();
        var frequent = kept.UnorderedItems.Select(item => item.Element).ToList();
        return new ConstantScoreQuery(new TermsFilter(query.Field, frequent)) { Boost = query.Boost };
    }

    public override bool Equals(object? obj) => obj is MostFrequentTermsRewrite other && other.Limit == Limit;

    public override int GetHashCode() => Limit;

    private int Limit => limit;
}
