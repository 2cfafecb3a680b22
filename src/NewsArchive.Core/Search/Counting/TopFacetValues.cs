using System.Collections;

namespace NewsArchive.Core.Search.Counting;

/// <summary>
/// The values of one facet a search shows: the most frequent (most first, then alphabetical),
/// then any chosen value further down, and how many values the matches have in all. Choosing
/// them costs a pass over the counts and a small heap, so a facet with thousands of values costs
/// little more than one with ten.
/// </summary>
public sealed class TopFacetValues : IReadOnlyList<FacetValue>
{
    /// <summary>How many values a search returns per facet unless asked for all.</summary>
    public const int DefaultLimit = 25;

    public static readonly TopFacetValues None = new([], 0);

    private readonly IReadOnlyList<FacetValue> values;

    public TopFacetValues(IReadOnlyList<FacetValue> values, int distinctCount)
    {
        this.values = values;
        DistinctCount = distinctCount;
    }

    /// <summary>How many values the matches have (with a count above zero), shown or not.</summary>
    public int DistinctCount { get; }

    public int Count => values.Count;

    public FacetValue this[int index] => values[index];

    public IEnumerator<FacetValue> GetEnumerator() => values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Most frequent first; among equals, alphabetical ignoring case.</summary>
    internal static readonly Comparer<FacetValue> Ranking = Comparer<FacetValue>.Create((a, b) =>
    {
        var byCount = b.Count.CompareTo(a.Count);
        return byCount != 0 ? byCount : StringComparer.OrdinalIgnoreCase.Compare(a.Value, b.Value);
    });

    internal static TopFacetValues Select(int[] counts, IFacetValueLookup ordinals, int limit, IReadOnlyList<string> chosen)
    {
        // A min-heap of the best `limit` so far: its root is the first to go when a better one comes.
        var best = new PriorityQueue<int, FacetValue>(Comparer<FacetValue>.Create((a, b) => Ranking.Compare(b, a)));
        var distinct = 0;
        for (var ordinal = 0; ordinal < counts.Length; ordinal++)
        {
            var count = counts[ordinal];
            if (count == 0) continue;
            distinct++;
            if (best.Count < limit)
            {
                best.Enqueue(ordinal, new FacetValue(ordinals.ValueOf(ordinal), count));
            }
            else if (limit > 0 && best.TryPeek(out _, out var worst) && count >= worst.Count)
            {
                var candidate = new FacetValue(ordinals.ValueOf(ordinal), count);
                if (Ranking.Compare(candidate, worst) < 0) best.DequeueEnqueue(ordinal, candidate);
            }
        }
        var shown = new HashSet<int>();
        var top = new List<FacetValue>(best.Count);
        while (best.TryDequeue(out var ordinal, out var value))
        {
            shown.Add(ordinal);
            top.Add(value);
        }
        top.Reverse();
        foreach (var value in chosen)
            foreach (var ordinal in ordinals.OrdinalsOf(value))
                if (counts[ordinal] > 0 && shown.Add(ordinal)) top.Add(new FacetValue(ordinals.ValueOf(ordinal), counts[ordinal]));
        return new TopFacetValues(top, distinct);
    }
}
