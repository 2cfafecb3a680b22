using Lucene.Net.Search;
using NewsArchive.Core.Indexing;

namespace NewsArchive.Core.Search.Sorting;

/// <summary>The date orders of a search; undated articles, and those with absurd dates, go last in both.</summary>
internal static class DateOrder
{
    public static readonly SortField NewestFirst = new(ArchiveSchema.SortDate, new DateSortSource(missing: long.MinValue), true);

    public static readonly SortField OldestFirst = new(ArchiveSchema.SortDate, new DateSortSource(missing: long.MaxValue), false);
}
