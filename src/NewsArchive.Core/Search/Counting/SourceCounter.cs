using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.Core.Indexing;

namespace NewsArchive.Core.Search.Counting;

/// <summary>Counts matching articles per source from the source's sorted doc values.</summary>
internal sealed class SourceCounter : IFacetCounter
{
    private readonly ValueCounts values = new();
    private SortedDocValues? docValues;
    private int[] counts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        docValues = context.AtomicReader.GetSortedDocValues(ArchiveSchema.Source);
        var current = docValues;
        counts = current is null ? [] : values.AddSegment(current.ValueCount, (ord, bytes) => current.LookupOrd((int)ord, bytes));
    }

    public void Collect(int doc)
    {
        if (docValues is null) return;
        var ord = docValues.GetOrd(doc);
        if (ord >= 0) counts[ord]++;
    }

    public List<FacetValue> Results() => values.ToList();
}
