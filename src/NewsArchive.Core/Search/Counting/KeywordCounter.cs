using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsArchive.Core.Search.Counting;

/// <summary>Counts matching articles per value of one multi-valued keyword field.</summary>
internal sealed class KeywordCounter(string fieldName) : IFacetCounter
{
    private readonly ValueCounts values = new();
    private SortedSetDocValues? docValues;
    private int[] counts = [];

    public string Field => fieldName;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        docValues = context.AtomicReader.GetSortedSetDocValues(fieldName);
        var current = docValues;
        counts = current is null ? [] : values.AddSegment(current.ValueCount, current.LookupOrd);
    }

    public void Collect(int doc)
    {
        if (docValues is null) return;
        docValues.SetDocument(doc);
        long ord;
        while ((ord = docValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) counts[ord]++;
    }

    public List<FacetValue> Results() => values.ToList();
}
