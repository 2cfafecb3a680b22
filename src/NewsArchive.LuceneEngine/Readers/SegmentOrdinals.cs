using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace NewsArchive.LuceneEngine.Readers;

/// <summary>
/// The ordinals of one facet field for every document of one segment, in plain arrays. Counting
/// reads one value per match; reading it from doc values goes through Lucene's memory-mapped
/// packed readers on every call, which costs most of a search on a common word, while an array
/// read costs next to nothing. Loaded once per segment (<see cref="SegmentCache"/>).
/// </summary>
internal sealed class SegmentOrdinals
{
    public static readonly SegmentOrdinals Empty = new(null, []);

    // Single-valued: ordinals[doc], -1 for none. Multi-valued: the ordinals of doc are
    // ordinals[starts[doc]] up to ordinals[starts[doc + 1]].
    private readonly int[]? starts;
    private readonly int[] ordinals;

    private SegmentOrdinals(int[]? starts, int[] ordinals)
    {
        this.starts = starts;
        this.ordinals = ordinals;
    }

    /// <summary>The ordinal of a document of a single-valued field, -1 for none.</summary>
    public int OrdinalOf(int doc) => (uint)doc < (uint)ordinals.Length ? ordinals[doc] : -1;

    /// <summary>Adds one to the count of each of the document's values; false when it has none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool CountInto(int doc, int[] counts, int[] toGlobal)
    {
        if (starts is null)
        {
            if ((uint)doc >= (uint)ordinals.Length) return false;
            var ordinal = ordinals[doc];
            if (ordinal < 0) return false;
            counts[toGlobal[ordinal]]++;
            return true;
        }
        if ((uint)doc + 1 >= (uint)starts.Length) return false;
        int from = starts[doc], to = starts[doc + 1];
        for (var i = from; i < to; i++) counts[toGlobal[ordinals[i]]]++;
        return to > from;
    }

    /// <summary>The segment's ordinals of a single-valued (sorted) doc-values field.</summary>
    public static SegmentOrdinals Sorted(SegmentCache cache, AtomicReader segment, string field) =>
        cache.Get(segment, "sorted:" + field, () => segment.GetSortedDocValues(field) is { } values
            ? Single(segment.MaxDoc, values.GetOrd)
            : Empty);

    /// <summary>The segment's ordinals of a multi-valued (sorted set) doc-values field.</summary>
    public static SegmentOrdinals SortedSet(SegmentCache cache, AtomicReader segment, string field) =>
        cache.Get(segment, "sortedset:" + field, () => segment.GetSortedSetDocValues(field) is { } values
            ? Multi(segment.MaxDoc, values)
            : Empty);

    /// <summary>Ordinals from a function of the document; a negative ordinal is no value.</summary>
    public static SegmentOrdinals Single(int maxDoc, Func<int, int> ordinalOf)
    {
        var ordinals = new int[maxDoc];
        for (var doc = 0; doc < maxDoc; doc++) ordinals[doc] = ordinalOf(doc);
        return new SegmentOrdinals(null, ordinals);
    }

    private static SegmentOrdinals Multi(int maxDoc, SortedSetDocValues values)
    {
        var starts = new int[maxDoc + 1];
        var ordinals = new List<int>(maxDoc);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = ordinals.Count;
            values.SetDocument(doc);
            long ordinal;
            while ((ordinal = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) ordinals.Add((int)ordinal);
        }
        starts[maxDoc] = ordinals.Count;
        return new SegmentOrdinals(starts, ordinals.ToArray());
    }
}
