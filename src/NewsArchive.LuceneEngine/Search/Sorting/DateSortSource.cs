using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.LuceneEngine.Readers;
using Int64 = J2N.Numerics.Int64;

namespace NewsArchive.LuceneEngine.Search.Sorting;

/// <summary>
/// Sorts by a date kept as numeric doc values, read from an array per segment rather than from
/// the doc values themselves: a sort reads the value of every match, and Lucene's reads go
/// through the memory-mapped file each time. The arrays are loaded once per segment, into
/// <paramref name="segments"/>. Articles
/// without the date sort as if they had <paramref name="missing"/>.
/// </summary>
internal sealed class DateSortSource(SegmentCache segments, long missing) : FieldComparerSource
{
    public override FieldComparer NewComparer(string fieldname, int numHits, int sortPos, bool reversed) =>
        new Comparer(segments, fieldname, numHits, missing);

    /// <summary>Loads the dates of every segment of the reader, so that the first sorted search need not.</summary>
    public static void Warm(ReaderState state, string field)
    {
        foreach (var leaf in state.Reader.Leaves) state.Segments.Dates(leaf.AtomicReader, field);
    }

    private sealed class Comparer(SegmentCache segments, string field, int numHits, long missing) : FieldComparer<Int64>
    {
        private readonly long[] slots = new long[numHits];
        private long[] current = [];
        private long bottom;
        private long top;

        public override Int64 this[int slot] => Int64.GetInstance(slots[slot]);

        public override int Compare(int slot1, int slot2) => slots[slot1].CompareTo(slots[slot2]);

        public override void SetBottom(int slot) => bottom = slots[slot];

        public override void SetTopValue(Int64 value) => top = value.ToInt64();

        public override int CompareBottom(int doc) => bottom.CompareTo(Value(doc));

        public override int CompareTop(int doc) => top.CompareTo(Value(doc));

        public override void Copy(int slot, int doc) => slots[slot] = Value(doc);

        public override FieldComparer SetNextReader(AtomicReaderContext context)
        {
            current = segments.Dates(context.AtomicReader, field);
            return this;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private long Value(int doc) => current[doc] is var value && value != SegmentCache.NoDate ? value : missing;
    }
}
