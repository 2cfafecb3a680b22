using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsArchive.LuceneEngine.Readers;

namespace NewsArchive.LuceneEngine.Search.Counting;

/// <summary>
/// Articles dated on a day in [first, last] (days since the epoch). A segment numbers its days in
/// order, so a range of days is a range of the segment's day ordinals, and whether an article is
/// in it is one array read: random access, so the query looks only at the articles it matches
/// rather than the filter building a set of every article in the range first.
/// </summary>
internal sealed class DayRangeFilter(SegmentCache segments, long firstDay, long lastDay) : Filter
{
    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var (ordinals, days) = DayOrdinals.OfSegment(segments, context.AtomicReader);
        var from = FirstAtOrAfter(days, firstDay);
        var to = FirstAtOrAfter(days, lastDay + 1) - 1;
        if (from > to) return null;
        return new FieldCacheDocIdSet(context.AtomicReader.MaxDoc, acceptDocs, doc =>
        {
            var ordinal = ordinals.OrdinalOf(doc);
            return ordinal >= from && ordinal <= to;
        });
    }

    public override string ToString() => $"days:[{firstDay} TO {lastDay}]";

    private static int FirstAtOrAfter(long[] days, long day)
    {
        var index = Array.BinarySearch(days, day);
        return index >= 0 ? index : ~index;
    }
}
