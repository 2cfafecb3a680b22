using Lucene.Net.Search;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Readers;

namespace NewsArchive.LuceneEngine.Search.Sorting;

/// <summary>The date orders of a search; undated articles, and those with absurd dates, go last in both date orders.</summary>
internal static class DateOrder
{
    /// <summary>Newest first, reading the dates from <paramref name="segments"/>.</summary>
    public static SortField NewestFirst(SegmentCache segments) => new(ArchiveSchema.SortDate, new DateSortSource(segments, missing: long.MinValue), true);

    /// <summary>Oldest first, reading the dates from <paramref name="segments"/>.</summary>
    public static SortField OldestFirst(SegmentCache segments) => new(ArchiveSchema.SortDate, new DateSortSource(segments, missing: long.MaxValue), false);

    /// <summary>Latest indexed first; articles of an index made before the time was kept (0) go last.</summary>
    public static readonly SortField AddedFirst = new(ArchiveSchema.Indexed, SortFieldType.INT64, true);
}
