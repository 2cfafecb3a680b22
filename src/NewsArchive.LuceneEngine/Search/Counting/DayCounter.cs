using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.LuceneEngine.Readers;

namespace NewsArchive.LuceneEngine.Search.Counting;

/// <summary>Counts matching articles per UTC day, into an array of the reader's day ordinals; undated ones apart.</summary>
internal sealed class DayCounter(DayOrdinals days) : ICollector
{
    private readonly int[] counts = new int[days.Days.Length];
    private SegmentOrdinals segment = SegmentOrdinals.Empty;
    private int[] toGlobal = [];

    public int Undated { get; private set; }

    /// <summary>The days with at least one match (days since the epoch) and their counts.</summary>
    public Dictionary<long, int> CountsByDay()
    {
        var byDay = new Dictionary<long, int>();
        for (var ordinal = 0; ordinal < counts.Length; ordinal++)
            if (counts[ordinal] > 0) byDay[days.Days[ordinal]] = counts[ordinal];
        return byDay;
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        segment = days.Segment(context.Ord);
        toGlobal = days.ToGlobal(context.Ord);
    }

    public void Collect(int doc)
    {
        if (!segment.CountInto(doc, counts, toGlobal)) Undated++;
    }
}
