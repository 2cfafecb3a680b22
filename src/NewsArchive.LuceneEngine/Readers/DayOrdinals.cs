using Lucene.Net.Index;
using NewsArchive.Core.Search.Counting;
using NewsArchive.LuceneEngine.Indexing;

namespace NewsArchive.LuceneEngine.Readers;

/// <summary>
/// The articles' days as ordinals, like a facet's values: each segment numbers its distinct days
/// (loaded once per segment), and each reader maps them to one sorted list of every day, so
/// counting matches per day is an array increment instead of a doc-values read and a dictionary
/// update per match.
/// </summary>
internal sealed class DayOrdinals
{
    private readonly SegmentOrdinals[] segments;
    private readonly int[][] toGlobal;

    private DayOrdinals(long[] days, SegmentOrdinals[] segments, int[][] toGlobal)
    {
        Days = days;
        this.segments = segments;
        this.toGlobal = toGlobal;
    }

    /// <summary>Every day some article of the reader is dated, in days since the epoch, ascending.</summary>
    public long[] Days { get; }

    public SegmentOrdinals Segment(int leaf) => segments[leaf];

    public int[] ToGlobal(int leaf) => toGlobal[leaf];

    public static DayOrdinals Build(ReaderState state)
    {
        var leaves = state.Reader.Leaves;
        var perSegment = leaves.Select(leaf => OfSegment(state.Segments, leaf.AtomicReader)).ToList();
        var days = perSegment.SelectMany(segment => segment.Days).Distinct().Order().ToArray();
        var toGlobal = perSegment.Select(segment => segment.Days.Select(day => Array.BinarySearch(days, day)).ToArray()).ToArray();
        return new DayOrdinals(days, perSegment.Select(segment => segment.Ordinals).ToArray(), toGlobal);
    }

    /// <summary>One segment's days, loaded on first use and kept with the segment.</summary>
    public static SegmentDays OfSegment(SegmentCache cache, AtomicReader segment) =>
        cache.Get(segment, "days", () => SegmentDays.Load(segment));

    /// <summary>One segment's distinct days, ascending, and each document's position among them.</summary>
    internal sealed record SegmentDays(SegmentOrdinals Ordinals, long[] Days)
    {
        public static SegmentDays Load(AtomicReader segment)
        {
            var dayOf = SegmentCache.ReadNumbers(segment, ArchiveSchema.Date, long.MinValue);
            for (var doc = 0; doc < dayOf.Length; doc++)
                if (dayOf[doc] != long.MinValue) dayOf[doc] = EpochDays.FromMillis(dayOf[doc]);
            var days = dayOf.Where(day => day != long.MinValue).Distinct().Order().ToArray();
            var ordinals = SegmentOrdinals.Single(dayOf.Length, doc => dayOf[doc] == long.MinValue ? -1 : Array.BinarySearch(days, dayOf[doc]));
            return new SegmentDays(ordinals, days);
        }
    }
}
