using Lucene.Net.Util;

namespace NewsArchive.Core.Search.Counting;

/// <summary>
/// Counts per ordinal within each segment (cheap array increments while collecting), then turns
/// them into counts per value once, when the counts are read.
/// </summary>
internal sealed class ValueCounts
{
    private readonly List<(Action<long, BytesRef> LookupOrd, int[] Counts)> segments = [];

    /// <summary>Starts counting a segment whose values are looked up with <paramref name="lookupOrd"/>.</summary>
    public int[] AddSegment(long valueCount, Action<long, BytesRef> lookupOrd)
    {
        var counts = new int[valueCount];
        segments.Add((lookupOrd, counts));
        return counts;
    }

    /// <summary>All values with a count, most frequent first, then alphabetical.</summary>
    public List<FacetValue> ToList()
    {
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        var bytes = new BytesRef();
        foreach (var (lookupOrd, counts) in segments)
        {
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0) continue;
                lookupOrd(ord, bytes);
                var value = bytes.Utf8ToString();
                totals[value] = totals.GetValueOrDefault(value) + counts[ord];
            }
        }
        return totals
            .Select(pair => new FacetValue(pair.Key, pair.Value))
            .OrderByDescending(f => f.Count)
            .ThenBy(f => f.Value, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
