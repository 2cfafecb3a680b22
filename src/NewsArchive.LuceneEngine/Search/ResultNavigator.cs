using NewsArchive.Core.Search;

namespace NewsArchive.LuceneEngine.Search;

/// <summary>
/// Leads a reader from one article of a result list to the one before or after it, across page
/// boundaries, by asking the list's search again for the one page that holds the few hits
/// around the article's rank.
/// </summary>
internal static class ResultNavigator
{
    /// <summary>
    /// The neighbours of the hit at <paramref name="rank"/> (1-based), or null when that hit is
    /// not <paramref name="id"/> (the link is stale or made up) or lies deeper than any page goes.
    /// </summary>
    /// <param name="idsOfPage">The ids of one page (number and size) of the list's hits, in order.</param>
    public static ResultNeighbours? Around(SearchRequest request, int rank, string id, Func<int, int, IReadOnlyList<string>> idsOfPage)
    {
        // The deepest hit a result page can show; the pages stop there.
        var deepest = SearchRequest.MaxResultWindow / request.PageSize * request.PageSize;
        if (rank < 1 || rank > deepest) return null;

        var first = Math.Max(1, rank - 1);
        var last = Math.Min(deepest, rank + 1);
        var (page, size) = PageHolding(first, last);
        var hits = idsOfPage(page, size);
        string? At(int r)
        {
            var index = r - 1 - (page - 1) * size;
            return r >= first && r <= last && index < hits.Count ? hits[index] : null;
        }

        if (At(rank) != id) return null;
        return new ResultNeighbours(At(rank - 1), At(rank + 1));
    }

    /// <summary>
    /// The smallest page size, and the page, that hold ranks <paramref name="first"/> to
    /// <paramref name="last"/> together, so one search brings back all of them and no more than
    /// a few other hits; page 1 always works, so the loop ends.
    /// </summary>
    private static (int Page, int Size) PageHolding(int first, int last)
    {
        var size = last - first + 1;
        while ((first - 1) / size != (last - 1) / size) size++;
        return ((first - 1) / size + 1, size);
    }
}
