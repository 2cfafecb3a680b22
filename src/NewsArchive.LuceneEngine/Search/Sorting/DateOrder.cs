using Lucene.Net.Search;
using NewsArchive.LuceneEngine.Indexing;

namespace NewsArchive.LuceneEngine.Search.Sorting;

/// <summary>The date orders of a search; undated articles, and those with absurd dates, go last in both date orders.</summary>
internal static class DateOrder
{
    public static readonly SortField NewestFirst = new(ArchiveSchema.SortDate, new DateSortSource(missing: long.MinValue), true);

    public static readonly SortField OldestFirst = new(ArchiveSchema.SortDate, new DateSortSource(missing: long.MaxValue), false);

    /// <summary>Latest indexed first; articles of an index made before the time was kept (0) go last.</summary>
    public static readonly SortField AddedFirst = new(ArchiveSchema.Indexed, SortFieldType.INT64, true);
}
