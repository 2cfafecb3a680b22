using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Counting;
using NewsArchive.LuceneEngine.Readers;

namespace NewsArchive.LuceneEngine.Search.Counting;

/// <summary>Counts matching articles per value of one facet, into an array of the reader's global ordinals.</summary>
internal sealed class FacetCounter(Facet facet, FacetOrdinals ordinals) : ICollector
{
    private readonly int[] counts = new int[ordinals.ValueCount];
    private SegmentOrdinals segment = SegmentOrdinals.Empty;
    private int[] toGlobal = [];

    public Facet Facet => facet;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        segment = ordinals.Segment(context.Ord);
        toGlobal = ordinals.ToGlobal(context.Ord);
    }

    public void Collect(int doc) => segment.CountInto(doc, counts, toGlobal);

    /// <summary>The <paramref name="limit"/> most frequent values, and every value the request chose.</summary>
    public TopFacetValues Results(SearchRequest request, int limit) =>
        TopFacetValues.Select(counts, ordinals, limit, facet.SelectedValues(request));
}
