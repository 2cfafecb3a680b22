using Lucene.Net.Index;
using NewsArchive.Core.Search.Counting;
using NewsArchive.LuceneEngine.Indexing;

namespace NewsArchive.LuceneEngine.Readers;

/// <summary>
/// One facet field across the segments of one index reader: every value once (a global
/// ordinal), and for each segment the map from its ordinals to the global ones (Lucene's
/// <see cref="MultiDocValues.OrdinalMap"/>). Built once per reader, so a search counts into one
/// array of global ordinals and turns only the values it shows into strings.
/// </summary>
internal sealed class FacetOrdinals : IFacetValueLookup
{
    private readonly string[] values;
    private readonly SegmentOrdinals[] segments;
    private readonly int[][] toGlobal;
    private readonly Dictionary<string, List<int>> byValue;

    private FacetOrdinals(string[] values, SegmentOrdinals[] segments, int[][] toGlobal, IEqualityComparer<string> valueComparer)
    {
        this.values = values;
        this.segments = segments;
        this.toGlobal = toGlobal;
        byValue = new Dictionary<string, List<int>>(valueComparer);
        for (var ordinal = 0; ordinal < values.Length; ordinal++)
        {
            if (!byValue.TryGetValue(values[ordinal], out var ordinals)) byValue[values[ordinal]] = ordinals = [];
            ordinals.Add(ordinal);
        }
    }

    public int ValueCount => values.Length;

    public string ValueOf(int ordinal) => values[ordinal];

    public SegmentOrdinals Segment(int leaf) => segments[leaf];

    public int[] ToGlobal(int leaf) => toGlobal[leaf];

    /// <summary>The global ordinals of a value as the facet compares values (sources ignore case, so "REUTERS" is also "Reuters").</summary>
    public IReadOnlyList<int> OrdinalsOf(string value) => byValue.TryGetValue(value, out var ordinals) ? ordinals : [];

    public static FacetOrdinals Build(ReaderState state, Facet facet)
    {
        var reader = state.Reader;
        var leaves = reader.Leaves;
        var segments = new SegmentOrdinals[leaves.Count];
        var terms = new TermsEnum[leaves.Count];
        var valueCounts = new long[leaves.Count];
        for (var leaf = 0; leaf < leaves.Count; leaf++)
        {
            var segment = leaves[leaf].AtomicReader;
            if (facet.IsMultiValued)
            {
                var docValues = segment.GetSortedSetDocValues(facet.Field) ?? DocValues.EMPTY_SORTED_SET;
                (segments[leaf], terms[leaf], valueCounts[leaf]) = (SegmentOrdinals.SortedSet(state.Segments, segment, facet.Field), docValues.GetTermsEnum(), docValues.ValueCount);
            }
            else
            {
                var docValues = segment.GetSortedDocValues(facet.Field) ?? DocValues.EMPTY_SORTED;
                (segments[leaf], terms[leaf], valueCounts[leaf]) = (SegmentOrdinals.Sorted(state.Segments, segment, facet.Field), docValues.GetTermsEnum(), docValues.ValueCount);
            }
        }
        var map = new MultiDocValues.OrdinalMap(reader.CoreCacheKey, terms);

        var values = new string[map.ValueCount];
        for (var global = 0L; global < map.ValueCount; global++)
        {
            var leaf = map.GetFirstSegmentNumber(global);
            terms[leaf].SeekExact(map.GetFirstSegmentOrd(global));
            values[global] = terms[leaf].Term.Utf8ToString();
        }
        var toGlobal = new int[leaves.Count][];
        for (var leaf = 0; leaf < leaves.Count; leaf++)
        {
            toGlobal[leaf] = new int[valueCounts[leaf]];
            for (var ordinal = 0; ordinal < toGlobal[leaf].Length; ordinal++) toGlobal[leaf][ordinal] = (int)map.GetGlobalOrd(leaf, ordinal);
        }
        return new FacetOrdinals(values, segments, toGlobal, facet.ValueComparer);
    }
}
