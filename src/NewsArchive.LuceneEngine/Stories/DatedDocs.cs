namespace NewsArchive.LuceneEngine.Stories;

/// <summary>Lists of articles in date order, searched by date.</summary>
internal static class DatedDocs
{
    /// <summary>The place in <paramref name="docs"/> (oldest first by <paramref name="dates"/>) of the first article dated <paramref name="date"/> or later; its length when none is.</summary>
    public static int FirstAtOrAfter(ReadOnlySpan<int> docs, long[] dates, long date)
    {
        int low = 0, high = docs.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (dates[docs[middle]] < date) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
