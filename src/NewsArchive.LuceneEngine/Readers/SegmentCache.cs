using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace NewsArchive.LuceneEngine.Readers;

/// <summary>
/// Values loaded from index segments into plain arrays, once per segment, and kept as long as the
/// segment lives: a refresh reopens only new segments, so the arrays of unchanged ones serve every
/// later reader. Keyed by the segment's core, which readers of the same segment share; held weakly,
/// so a merged-away segment's arrays go with it. One cache belongs to one index (see
/// <see cref="Search.ArchiveIndex"/>); a reader opened elsewhere (the writer's grouping) has its own.
/// </summary>
internal sealed class SegmentCache
{
    /// <summary>Marks "no date" in <see cref="Dates"/>: no article is dated at long.MinValue.</summary>
    public const long NoDate = long.MinValue;

    private readonly ConditionalWeakTable<object, ConcurrentDictionary<string, Lazy<object>>> segments = new();

    /// <summary>The segment's value under <paramref name="key"/>, loaded by <paramref name="load"/> the first time (once, however many ask at once).</summary>
    public T Get<T>(AtomicReader segment, string key, Func<T> load) where T : class =>
        (T)segments.GetValue(segment.CoreCacheKey, _ => new ConcurrentDictionary<string, Lazy<object>>())
            .GetOrAdd(key, _ => new Lazy<object>(() => load()))
            .Value;

    /// <summary>The segment's dates (epoch milliseconds) of a date field, <see cref="NoDate"/> for an article without one.</summary>
    public long[] Dates(AtomicReader segment, string field) =>
        Get(segment, "dates:" + field, () => ReadNumbers(segment, field, NoDate));

    /// <summary>Every document's value of a numeric doc-values field; <paramref name="none"/> for a document without one.</summary>
    public static long[] ReadNumbers(AtomicReader segment, string field, long none)
    {
        var numbers = new long[segment.MaxDoc];
        var values = segment.GetNumericDocValues(field);
        var hasValue = segment.GetDocsWithField(field);
        for (var doc = 0; doc < numbers.Length; doc++)
            numbers[doc] = values is not null && hasValue is not null && hasValue.Get(doc) ? values.Get(doc) : none;
        return numbers;
    }
}
