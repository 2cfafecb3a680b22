using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NewsArchive.LuceneEngine.Search.Counting;

/// <summary>
/// The filters of the chosen facets of one search, as one bit set per filter and segment, made
/// once a segment and shared by <see cref="MissingAtMostOne"/> and the <see cref="SidewaysCollector"/>.
/// </summary>
internal sealed class SidewaysFilters(IReadOnlyList<Filter> filters)
{
    private readonly Dictionary<object, FixedBitSet[]> bySegment = new(ReferenceEqualityComparer.Instance);

    /// <summary>The articles that miss at most one of the filters: the only ones a chosen facet or the hits count.</summary>
    public Filter MissingAtMostOne => new AtMostOneMissed(this);

    /// <summary>Each filter's articles in the segment (deleted ones included: the search leaves them out).</summary>
    public FixedBitSet[] Of(AtomicReaderContext context)
    {
        var key = context.AtomicReader.CoreCacheKey;
        if (bySegment.TryGetValue(key, out var sets)) return sets;
        var maxDoc = context.AtomicReader.MaxDoc;
        sets = new FixedBitSet[filters.Count];
        for (var i = 0; i < filters.Count; i++)
        {
            sets[i] = new FixedBitSet(maxDoc);
            if (filters[i].GetDocIdSet(context, acceptDocs: null)?.GetIterator() is { } docs) sets[i].Or(docs);
        }
        bySegment[key] = sets;
        return sets;
    }

    private sealed class AtMostOneMissed(SidewaysFilters filters) : Filter
    {
        public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
        {
            // In every pair of filters' union: missing two filters misses some pair.
            var sets = filters.Of(context);
            FixedBitSet? result = null;
            for (var i = 0; i < sets.Length; i++)
            {
                for (var j = i + 1; j < sets.Length; j++)
                {
                    var either = (FixedBitSet)sets[i].Clone();
                    either.Or(sets[j]);
                    if (result is null) result = either;
                    else result.And(either);
                }
            }
            return BitsFilteredDocIdSet.Wrap(result, acceptDocs);
        }
    }
}

/// <summary>
/// Hands each article of the pass to what counts it: an article in every chosen facet's filter to
/// the hits and every counter, one outside exactly one of them to that facet's counter alone.
/// </summary>
internal sealed class SidewaysCollector(ICollector hits, IReadOnlyList<FacetCounter> chosen, SidewaysFilters filters) : ICollector
{
    private FixedBitSet[] sets = [];

    public bool AcceptsDocsOutOfOrder => hits.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        hits.SetNextReader(context);
        foreach (var counter in chosen) counter.SetNextReader(context);
        sets = filters.Of(context);
    }

    public void Collect(int doc)
    {
        var missed = -1;
        for (var i = 0; i < sets.Length; i++)
        {
            if (sets[i].Get(doc)) continue;
            if (missed >= 0) return;
            missed = i;
        }
        if (missed >= 0)
        {
            chosen[missed].Collect(doc);
            return;
        }
        hits.Collect(doc);
        foreach (var counter in chosen) counter.Collect(doc);
    }
}
